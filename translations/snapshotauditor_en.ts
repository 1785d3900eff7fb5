<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>IntegrityAudit</name>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>After a list of JSON paths that was cut short</extracomment>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sa::ui::TimelineSlider</name>
    <message numerus="yes">
        <source>v%1 · %2 · %n change(s)</source>
        <translation>
            <numerusform>v%1 · %2 · %n change</numerusform>
            <numerusform>v%1 · %2 · %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stepping through %n version(s) that changed the field</source>
        <translation>
            <numerusform>stepping through the %n version that changed the field</numerusform>
            <numerusform>stepping through %n versions that changed the field</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sa::ui::VersionActionDialog</name>
    <message numerus="yes">
        <source>&lt;p&gt;The stored document of %1 does not match its checksum. Its parent %2 with the changes stored for v%3 does: that is the original. Recording the repair makes reads of v%3 return the original, marked as repaired; the damaged row stays as it is, as evidence, and the repair is recorded in the activity log with your name and reason.&lt;/p&gt;&lt;p&gt;%n path(s) were altered:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;The stored document of %1 does not match its checksum. Its parent %2 with the changes stored for v%3 does: that is the original. Recording the repair makes reads of v%3 return the original, marked as repaired; the damaged row stays as it is, as evidence, and the repair is recorded in the activity log with your name and reason.&lt;/p&gt;&lt;p&gt;%n path was altered:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;The stored document of %1 does not match its checksum. Its parent %2 with the changes stored for v%3 does: that is the original. Recording the repair makes reads of v%3 return the original, marked as repaired; the damaged row stays as it is, as evidence, and the repair is recorded in the activity log with your name and reason.&lt;/p&gt;&lt;p&gt;%n paths were altered:&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>snapshotctl</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s); see --help</source>
        <translation>
            <numerusform>expected %n argument; see --help</numerusform>
            <numerusform>expected %n arguments; see --help</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: version %2 (snapshot %3) is proven from version %4 and its stored diff; %n altered path(s):
</source>
        <translation>
            <numerusform>%1: version %2 (snapshot %3) is proven from version %4 and its stored diff; %n altered path:
</numerusform>
            <numerusform>%1: version %2 (snapshot %3) is proven from version %4 and its stored diff; %n altered paths:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n notice(s)</source>
        <extracomment>%1: &quot;clean&quot; or &quot;3 problems&quot;; notices are findings that are not damage (legacy checksums)</extracomment>
        <translation>
            <numerusform>%1, %n notice</numerusform>
            <numerusform>%1, %n notices</numerusform>
        </translation>
    </message>
</context>
</TS>
