<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessRights</name>
    <message>
        <source>The database file %1 is read-only, so nothing can be written to it.</source>
        <extracomment>%1: a file path</extracomment>
        <translation>Die Datenbankdatei %1 ist schreibgeschützt; es kann nichts in sie geschrieben werden.</translation>
    </message>
    <message>
        <source>The snapshot tables are not there or your PostgreSQL role &quot;%1&quot; may not see them (the schema is not initialised, or the role has no USAGE on it).</source>
        <extracomment>%1: a PostgreSQL role name</extracomment>
        <translation>Die Snapshot-Tabellen fehlen, oder Ihre PostgreSQL-Rolle „%1“ darf sie nicht sehen (das Schema ist nicht eingerichtet, oder die Rolle hat kein USAGE-Recht darauf).</translation>
    </message>
    <message>
        <source>creating a version</source>
        <translation>das Anlegen einer Version</translation>
    </message>
    <message>
        <source>a rollback</source>
        <translation>das Zurücksetzen</translation>
    </message>
    <message>
        <source>a deprecation</source>
        <translation>das Markieren als veraltet</translation>
    </message>
    <message>
        <source>Your PostgreSQL role &quot;%1&quot; may not insert into %2, which %3 needs.</source>
        <extracomment>%1: a role name, %2: a table name, %3: what needs it (&quot;a rollback&quot;)</extracomment>
        <translation>Ihre PostgreSQL-Rolle „%1“ darf nicht in %2 einfügen, was für %3 nötig ist.</translation>
    </message>
    <message>
        <source>Your PostgreSQL role &quot;%1&quot; may not update %2, which %3 needs.</source>
        <extracomment>%1: a role name, %2: a table&apos;s column, %3: what needs it (&quot;a rollback&quot;)</extracomment>
        <translation>Ihre PostgreSQL-Rolle „%1“ darf %2 nicht ändern, was für %3 nötig ist.</translation>
    </message>
    <message>
        <source>Your PostgreSQL role &quot;%1&quot; may not lock rows of reports (SELECT … FOR UPDATE needs an UPDATE privilege on one of its columns), which %2 needs.</source>
        <extracomment>%1: a role name, %2: what needs it (&quot;a rollback&quot;)</extracomment>
        <translation>Ihre PostgreSQL-Rolle „%1“ darf keine Zeilen von reports sperren (SELECT … FOR UPDATE braucht das UPDATE-Recht auf einer ihrer Spalten), was für %2 nötig ist.</translation>
    </message>
    <message>
        <source>Reading your database privileges</source>
        <translation>Lesen Ihrer Datenbankrechte</translation>
    </message>
    <message>
        <source>Reading your database privileges failed: the server gave no answer</source>
        <translation>Lesen Ihrer Datenbankrechte fehlgeschlagen: Der Server hat nicht geantwortet</translation>
    </message>
    <message>
        <source>recording a repair</source>
        <translation>das Erfassen einer Reparatur</translation>
    </message>
    <message>
        <source>recording a checksum</source>
        <translation>das Erfassen einer Prüfsumme</translation>
    </message>
    <message>
        <source>The role is a member of %1.</source>
        <extracomment>Follows a reason why the PostgreSQL role may not do something; %1: the roles it is a member of</extracomment>
        <translation>Die Rolle ist Mitglied von %1.</translation>
    </message>
</context>
<context>
    <name>ActingUser</name>
    <message>
        <source>%1 failed: the server did not name the current user</source>
        <extracomment>%1: what was being done (e.g. &quot;Creating a new version of report &quot;r1&quot;&quot;)</extracomment>
        <translation>%1 fehlgeschlagen: der Server hat den aktuellen Benutzer nicht genannt</translation>
    </message>
    <message>
        <source>%1 failed: user &quot;%2&quot; could not be recorded</source>
        <extracomment>%1: what was being done, %2: a login name</extracomment>
        <translation>%1 fehlgeschlagen: der Benutzer „%2“ konnte nicht eingetragen werden</translation>
    </message>
</context>
<context>
    <name>AuditReport</name>
    <message>
        <source>Payload unreadable</source>
        <translation>Inhalt nicht lesbar</translation>
    </message>
    <message>
        <source>Checksum mismatch</source>
        <translation>Prüfsumme weicht ab</translation>
    </message>
    <message>
        <source>Size mismatch</source>
        <translation>Größe weicht ab</translation>
    </message>
    <message>
        <source>Version missing</source>
        <translation>Version fehlt</translation>
    </message>
    <message>
        <source>Version stored twice</source>
        <translation>Version doppelt gespeichert</translation>
    </message>
    <message>
        <source>Parent missing</source>
        <translation>Vorgängerversion fehlt</translation>
    </message>
    <message>
        <source>Wrong parent</source>
        <translation>Falsche Vorgängerversion</translation>
    </message>
    <message>
        <source>Creation not logged</source>
        <translation>Erstellung nicht protokolliert</translation>
    </message>
    <message>
        <source>No active version</source>
        <translation>Keine aktive Version</translation>
    </message>
    <message>
        <source>Several active versions</source>
        <translation>Mehrere aktive Versionen</translation>
    </message>
    <message>
        <source>Active version not as logged</source>
        <translation>Aktive Version weicht vom Protokoll ab</translation>
    </message>
    <message>
        <source>Hash chain mismatch</source>
        <translation>Hash-Kette weicht ab</translation>
    </message>
    <message>
        <source>Hash chain broken</source>
        <translation>Hash-Kette unterbrochen</translation>
    </message>
    <message>
        <source>Changed since the anchor</source>
        <translation>Seit dem Anker geändert</translation>
    </message>
    <message>
        <source>Gone since the anchor</source>
        <translation>Seit dem Anker verschwunden</translation>
    </message>
    <message>
        <source>%1, %2, %3 verified in %4 s</source>
        <translation>%1, %2, %3 in %4 s geprüft</translation>
    </message>
    <message>
        <source>1 report</source>
        <translation>1 Bericht</translation>
    </message>
    <message>
        <source>%1 reports</source>
        <translation>%1 Berichte</translation>
    </message>
    <message>
        <source>1 snapshot</source>
        <translation>1 Snapshot</translation>
    </message>
    <message>
        <source>%1 snapshots</source>
        <translation>%1 Snapshots</translation>
    </message>
    <message>
        <source>%1: no problems</source>
        <extracomment>%1: what was verified (&quot;36 reports, 1,012 snapshots, 198 MB verified in 1.4 s&quot;)</extracomment>
        <translation>%1: keine Probleme</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <extracomment>%1: what was verified, %2: &quot;3 problems&quot;, %3: &quot;2 reports&quot;</extracomment>
        <translation>%1: %2 (betroffen: %3)</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>Integrity audit</source>
        <translation>Integritätsprüfung</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Audited as</source>
        <translation>Geprüft als</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Snapshot Auditor %1</source>
        <translation>Snapshot Auditor %1</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Prüfumfang</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <source>Canonical JSON verified</source>
        <translation>Geprüftes kanonisches JSON</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems by kind</source>
        <translation>Probleme nach Art</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Expected and found</source>
        <translation>Erwartet und gefunden</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Audited by:</source>
        <translation>Geprüft von:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Could not render the audit report</source>
        <translation>Der Prüfbericht konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <extracomment>%1: a file path, %2: the system&apos;s reason</extracomment>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Every snapshot&apos;s payload was decoded and its canonical form hashed (SHA-256) against the stored checksum and size, and its link in the report&apos;s hash chain recomputed; every report&apos;s version sequence, parent chain and active version were checked against the activity log.</source>
        <translation>Der Inhalt jedes Snapshots wurde dekodiert und seine kanonische Form (SHA-256) gegen die gespeicherte Prüfsumme und Größe geprüft, und sein Glied in der Hash-Kette des Berichts wurde neu berechnet; Versionsfolge, Vorgängerkette und aktive Version jedes Berichts wurden gegen das Aktivitätsprotokoll geprüft.</translation>
    </message>
    <message>
        <source>Altered paths</source>
        <translation>Veränderte Pfade</translation>
    </message>
    <message>
        <source>Stored diff wrong</source>
        <translation>Gespeicherter Diff falsch</translation>
    </message>
    <message>
        <source>Legacy checksum (partial)</source>
        <translation>Alte Prüfsumme (teilweise)</translation>
    </message>
    <message>
        <source>Repair is not the original</source>
        <translation>Reparatur ist nicht das Original</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <extracomment>%1: the summary so far, %2: &quot;18 notices&quot; (findings that are not damage)</extracomment>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>1 notice</source>
        <translation>1 Hinweis</translation>
    </message>
    <message>
        <source>%1 notices</source>
        <translation>%1 Hinweise</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>What could not be verified</source>
        <translation>Was nicht geprüft werden konnte</translation>
    </message>
</context>
<context>
    <name>ChainAnchor</name>
    <message>
        <source>Reading the heads of the hash chains</source>
        <translation>Lesen der Köpfe der Hash-Ketten</translation>
    </message>
    <message>
        <source>not a chain anchor: %1</source>
        <extracomment>%1: why a file is not a chain anchor</extracomment>
        <translation>kein Kettenanker: %1</translation>
    </message>
    <message>
        <source>no &quot;reports&quot; object</source>
        <translation>kein Objekt „reports“</translation>
    </message>
    <message>
        <source>report &quot;%1&quot; needs a version of at least 1 and a chainHash of 64 hex digits</source>
        <extracomment>%1: a report id</extracomment>
        <translation>Bericht „%1“ braucht eine Version ab 1 und einen chainHash aus 64 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>cannot read the anchor %1: %2</source>
        <extracomment>%1: a file name, %2: why it cannot be read</extracomment>
        <translation>der Anker %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write the anchor %1: %2</source>
        <extracomment>%1: a file name, %2: why it cannot be written</extracomment>
        <translation>der Anker %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Checking the chain anchor</source>
        <translation>Prüfen des Kettenankers</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>no such report</source>
        <translation>Bericht nicht vorhanden</translation>
    </message>
    <message>
        <source>no such version (the highest is %1)</source>
        <translation>Version nicht vorhanden (höchste Version: %1)</translation>
    </message>
</context>
<context>
    <name>ChainHash</name>
    <message>
        <source>Computing the chain hashes of the stored versions</source>
        <translation>Berechnen der Ketten-Hashes der gespeicherten Versionen</translation>
    </message>
</context>
<context>
    <name>ComparisonReport</name>
    <message>
        <source>Comparison: %1 → %2</source>
        <translation>Vergleich: %1 → %2</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>≠%1 of them type changes</source>
        <translation>≠%1 davon Typänderungen</translation>
    </message>
    <message>
        <source>Some differences were ignored by the comparison options.</source>
        <translation>Einige Unterschiede wurden aufgrund der Vergleichsoptionen ignoriert.</translation>
    </message>
    <message>
        <source>The two versions are identical.</source>
        <translation>Die beiden Versionen sind identisch.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Generated by Snapshot Auditor.</source>
        <translation>Erstellt mit Snapshot Auditor.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <source>asking %1 for its version</source>
        <extracomment>Followed by &quot; failed: ...&quot;; %1: a database URL</extracomment>
        <translation>Abfragen der Version von %1</translation>
    </message>
    <message>
        <source>checking the connection to %1</source>
        <extracomment>Followed by &quot; failed: ...&quot;; %1: a database URL</extracomment>
        <translation>Prüfen der Verbindung zu %1</translation>
    </message>
</context>
<context>
    <name>ConnectionProvider</name>
    <message>
        <source>Cannot open %1: the Qt SQL driver %2 is not installed (Debian package %3)</source>
        <extracomment>%1: the database (see &quot;the SQLite database %1&quot;), %2: QSQLITE or QPSQL, %3: a package name</extracomment>
        <translation>Die %1 kann nicht geöffnet werden: der Qt-SQL-Treiber %2 ist nicht installiert (Debian-Paket %3)</translation>
    </message>
    <message>
        <source>Cannot open %1: the folder %2 does not exist</source>
        <translation>Die %1 kann nicht geöffnet werden: der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. Provide the password through the keychain, a ~/.pgpass (or PGPASSFILE) entry or the password prompt.</source>
        <extracomment>%1: the database (see &quot;the SQLite database %1&quot;), %2: the driver&apos;s explanation</extracomment>
        <translation>Die %1 kann nicht geöffnet werden: %2. Geben Sie das Passwort über den Schlüsselbund, einen Eintrag in ~/.pgpass (oder PGPASSFILE) oder die Passwortabfrage an.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Die %1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>Preparing %1 (%2)</source>
        <extracomment>%1: the database (see &quot;the SQLite database %1&quot;), %2: an SQL statement</extracomment>
        <translation>Vorbereiten der %1 (%2)</translation>
    </message>
    <message>
        <source>%1 failed: the connection to %2 was lost (%3). It is re-established on the next attempt.</source>
        <extracomment>%1: what was being done, %2: the database (see &quot;the PostgreSQL database...&quot;), %3: the driver&apos;s explanation</extracomment>
        <translation>%1 fehlgeschlagen: die Verbindung zur %2 wurde unterbrochen (%3). Sie wird beim nächsten Versuch wiederhergestellt.</translation>
    </message>
    <message>
        <source>the SQLite database %1</source>
        <extracomment>Part of messages such as &quot;Cannot open %1: ...&quot;; %1: a file path</extracomment>
        <translation>SQLite-Datenbank %1</translation>
    </message>
    <message>
        <source>the PostgreSQL database &quot;%1&quot; on %2:%3</source>
        <extracomment>Part of messages such as &quot;Cannot open %1: ...&quot;; %2: host, %3: port</extracomment>
        <translation>PostgreSQL-Datenbank „%1“ auf %2:%3</translation>
    </message>
    <message>
        <source>the PostgreSQL database &quot;%1&quot; on %2:%3 as %4</source>
        <extracomment>Part of messages such as &quot;Cannot open %1: ...&quot;; %2: host, %3: port, %4: the user name</extracomment>
        <translation>PostgreSQL-Datenbank „%1“ auf %2:%3 als %4</translation>
    </message>
</context>
<context>
    <name>DatabaseConfig</name>
    <message>
        <source>Invalid database URL: %1</source>
        <extracomment>%1: what is wrong with the URL</extracomment>
        <translation>Ungültige Datenbank-URL: %1</translation>
    </message>
    <message>
        <source>it contains a password. Passwords are never accepted in URLs, on command lines or in settings; use the keychain, a ~/.pgpass (or PGPASSFILE) entry, or the password prompt.</source>
        <extracomment>Follows &quot;Invalid database URL: &quot;</extracomment>
        <translation>sie enthält ein Passwort. Passwörter werden niemals in URLs, auf der Befehlszeile oder in Einstellungen akzeptiert; verwenden Sie den Schlüsselbund, einen Eintrag in ~/.pgpass (oder PGPASSFILE) oder die Passwortabfrage.</translation>
    </message>
    <message>
        <source>no host in &quot;%1&quot; (expected postgresql://user@host:port/database)</source>
        <translation>kein Host in „%1“ (erwartet: postgresql://benutzer@host:port/datenbank)</translation>
    </message>
    <message>
        <source>no database name in &quot;%1&quot; (expected postgresql://user@host:port/database)</source>
        <translation>kein Datenbankname in „%1“ (erwartet: postgresql://benutzer@host:port/datenbank)</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is not one of disable, allow, prefer, require, verify-ca, verify-full</source>
        <extracomment>sslmode and its values are keywords of the URL: keep them as they are</extracomment>
        <translation>sslmode „%1“ ist keiner der Werte disable, allow, prefer, require, verify-ca, verify-full</translation>
    </message>
    <message>
        <source>sslrootcert must be a file path without &apos;;&apos;</source>
        <translation>sslrootcert muss ein Dateipfad ohne „;“ sein</translation>
    </message>
    <message>
        <source>schema &quot;%1&quot; must be a lowercase SQL identifier</source>
        <translation>schema „%1“ muss ein SQL-Bezeichner in Kleinbuchstaben sein</translation>
    </message>
    <message>
        <source>it contains a password parameter. Passwords are never accepted in URLs, on command lines or in settings; use the keychain, a ~/.pgpass (or PGPASSFILE) entry, or the password prompt.</source>
        <translation>sie enthält einen Passwort-Parameter. Passwörter werden niemals in URLs, auf der Befehlszeile oder in Einstellungen akzeptiert; verwenden Sie den Schlüsselbund, einen Eintrag in ~/.pgpass (oder PGPASSFILE) oder die Passwortabfrage.</translation>
    </message>
    <message>
        <source>unknown parameter &quot;%1&quot; (known: sslmode, sslrootcert, schema)</source>
        <translation>unbekannter Parameter „%1“ (bekannt: sslmode, sslrootcert, schema)</translation>
    </message>
    <message>
        <source>no file after &quot;sqlite:&quot; (expected sqlite:PATH)</source>
        <translation>keine Datei nach „sqlite:“ (erwartet: sqlite:PFAD)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither sqlite:PATH nor postgresql://user@host:port/database</source>
        <translation>„%1“ ist weder sqlite:PFAD noch postgresql://benutzer@host:port/datenbank</translation>
    </message>
</context>
<context>
    <name>DemoDatabase</name>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1: what was being done (e.g. &quot;Dating the demo history&quot;), %2: the database&apos;s explanation</extracomment>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Creating the demo database was cancelled</source>
        <translation>Das Erstellen der Demo-Datenbank wurde abgebrochen</translation>
    </message>
    <message>
        <source>Dating the demo history</source>
        <extracomment>Giving the demo&apos;s versions and activity entries their dates and authors</extracomment>
        <translation>Datieren des Demo-Verlaufs</translation>
    </message>
    <message>
        <source>%1 failed: %2 activity entries for %3 steps</source>
        <extracomment>%1: what was being done, %2 and %3: numbers</extracomment>
        <translation>%1 fehlgeschlagen: %2 Einträge im Aktivitätsprotokoll für %3 Schritte</translation>
    </message>
    <message>
        <source>Preparing the demo database</source>
        <translation>Vorbereiten der Demo-Datenbank</translation>
    </message>
    <message>
        <source>Finishing the demo database</source>
        <translation>Fertigstellen der Demo-Datenbank</translation>
    </message>
    <message>
        <source>%1 already exists; the demo database is only written to a new file</source>
        <translation>%1 existiert bereits; die Demo-Datenbank wird nur in eine neue Datei geschrieben</translation>
    </message>
    <message>
        <source>The folder %1 does not exist</source>
        <translation>Der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>Cannot move the demo database to %1</source>
        <translation>Die Demo-Datenbank kann nicht nach %1 verschoben werden</translation>
    </message>
</context>
<context>
    <name>DiffRules</name>
    <message>
        <source>ignored path %1: %2</source>
        <extracomment>%1: a JSON Pointer pattern (&quot;*&quot; matches any member), %2: why it is invalid</extracomment>
        <translation>ignorierter Pfad %1: %2</translation>
    </message>
    <message>
        <source>identity key path %1: %2</source>
        <extracomment>%1: a JSON Pointer pattern (&quot;*&quot; matches any member), %2: why it is invalid</extracomment>
        <translation>Pfad des Zuordnungsschlüssels %1: %2</translation>
    </message>
    <message>
        <source>identity key for %1: the member name is empty</source>
        <translation>Zuordnungsschlüssel für %1: der Schlüsselname ist leer</translation>
    </message>
</context>
<context>
    <name>DiffStyle</name>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>contains changes</source>
        <translation>enthält Änderungen</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>Typ geändert</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoben</translation>
    </message>
</context>
<context>
    <name>HistoryQueries</name>
    <message>
        <source>A page of reports holds 1 to %1 entries from a non-negative offset</source>
        <translation>Eine Seite der Berichtsliste umfasst 1 bis %1 Einträge ab einem nicht negativen Offset</translation>
    </message>
    <message>
        <source>A page of activity holds 1 to %1 entries from a non-negative offset</source>
        <translation>Eine Seite des Aktivitätsprotokolls umfasst 1 bis %1 Einträge ab einem nicht negativen Offset</translation>
    </message>
    <message>
        <source>Listing the reports</source>
        <translation>Auflisten der Berichte</translation>
    </message>
    <message>
        <source>An &quot;as of&quot; question needs a valid date and time</source>
        <translation>Die Abfrage der zu einem Zeitpunkt aktiven Version braucht ein gültiges Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>Finding the version of report &quot;%1&quot; active on %2</source>
        <extracomment>%2: a date and time (ISO 8601, UTC)</extracomment>
        <translation>Ermitteln der zum Zeitpunkt %2 aktiven Version des Berichts „%1“</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;</source>
        <translation>Es gibt keinen Bericht „%1“</translation>
    </message>
    <message>
        <source>Reading the activity log</source>
        <translation>Lesen des Aktivitätsprotokolls</translation>
    </message>
    <message>
        <source>Reading the activity log of report &quot;%1&quot;</source>
        <translation>Lesen des Aktivitätsprotokolls des Berichts „%1“</translation>
    </message>
    <message>
        <source>%1 failed: entry %2 has the unknown action &quot;%3&quot;</source>
        <extracomment>%1: what was being done, %2: the number of an activity log entry, %3: its stored action name</extracomment>
        <translation>%1 fehlgeschlagen: Eintrag %2 hat die unbekannte Aktion „%3“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a JSON Pointer: %2</source>
        <translation>„%1“ ist kein JSON Pointer: %2</translation>
    </message>
    <message>
        <source>Tracing %1 through the versions of report &quot;%2&quot;</source>
        <extracomment>%1: a JSON Pointer such as /owner/name</extracomment>
        <translation>Verfolgen von %1 durch die Versionen des Berichts „%2“</translation>
    </message>
    <message>
        <source>%1 was cancelled</source>
        <extracomment>%1: what was being done (&quot;Tracing /a/b through the versions of report &quot;r1&quot;&quot;)</extracomment>
        <translation>%1 abgebrochen</translation>
    </message>
    <message>
        <source>%1 failed: verified %2 does not parse (%3)</source>
        <extracomment>%1: what was being done, %2: e.g. &quot;version 3 of report &quot;r1&quot;&quot;, %3: the parse error</extracomment>
        <translation>%1 fehlgeschlagen: die geprüfte %2 lässt sich nicht parsen (%3)</translation>
    </message>
</context>
<context>
    <name>HistorySearch</name>
    <message>
        <source>Nothing to search for: the text is empty.</source>
        <translation>Kein Suchbegriff: Der Text ist leer.</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>Die Suche wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <extracomment>Where a JSON parse error is: a report id and a version number (&quot;r1 v3&quot;)</extracomment>
        <translation>%1 v%2</translation>
    </message>
</context>
<context>
    <name>HistorySearchPanel</name>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
</context>
<context>
    <name>IntegrityAudit</name>
    <message>
        <source>snapshot %1 (version %2)</source>
        <extracomment>What an integrity problem expected or found: a snapshot id and its version number</extracomment>
        <translation>Snapshot %1 (Version %2)</translation>
    </message>
    <message>
        <source>one snapshot</source>
        <extracomment>What an integrity check expected: one snapshot per version number</extracomment>
        <translation>ein Snapshot</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>What an integrity check found: two snapshot ids</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <extracomment>A range of version numbers, e.g. &quot;2 to 4&quot;</extracomment>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>next stored version %1</source>
        <extracomment>What an integrity check found after a gap in the version numbers</extracomment>
        <translation>nächste gespeicherte Version: %1</translation>
    </message>
    <message>
        <source>one active version</source>
        <translation>eine aktive Version</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>What an integrity check found: nothing</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <source>versions %1</source>
        <extracomment>What an integrity check found: a list of version numbers, e.g. &quot;2, 4&quot;</extracomment>
        <translation>Versionen %1</translation>
    </message>
    <message>
        <source>a &quot;create&quot; activity entry</source>
        <extracomment>What an integrity check expected: an entry of the activity log; &quot;create&quot; is its action name</extracomment>
        <translation>ein „create“-Eintrag im Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>an earlier version of report &quot;%1&quot;</source>
        <extracomment>What an integrity check expected as the parent of a version</extracomment>
        <translation>eine frühere Version des Berichts „%1“</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <extracomment>What an integrity check found: a snapshot id</extracomment>
        <translation>Snapshot %1</translation>
    </message>
    <message>
        <source>no parent</source>
        <extracomment>What an integrity check expected or found as the parent of a version: none</extracomment>
        <translation>keine</translation>
    </message>
    <message>
        <source>a payload that decodes</source>
        <extracomment>What an integrity check expected of a stored payload</extracomment>
        <translation>ein dekodierbarer Inhalt</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <extracomment>A payload size that an integrity check expected or found</extracomment>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot;</source>
        <extracomment>The subject of an integrity problem&apos;s description</extracomment>
        <translation>Bericht „%1“</translation>
    </message>
    <message>
        <source>Version %1 of report &quot;%2&quot; (snapshot %3)</source>
        <extracomment>The subject of an integrity problem&apos;s description</extracomment>
        <translation>Version %1 des Berichts „%2“ (Snapshot %3)</translation>
    </message>
    <message>
        <source>%1: the stored payload cannot be decoded: %2</source>
        <extracomment>%1: the report or version concerned, %2: why the payload cannot be decoded</extracomment>
        <translation>%1: der gespeicherte Inhalt kann nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>%1: the payload hashes to %2, but the stored checksum is %3</source>
        <extracomment>%1: the version concerned, %2 and %3: SHA-256 checksums</extracomment>
        <translation>%1: der Inhalt ergibt den Hash %2, die gespeicherte Prüfsumme ist aber %3</translation>
    </message>
    <message>
        <source>%1: the canonical payload has %2, but data_size records %3</source>
        <extracomment>%1: the version concerned, %2 and %3: sizes (&quot;1234 bytes&quot;); data_size is a column: keep it</extracomment>
        <translation>%1: der kanonische Inhalt hat %2, in data_size sind aber %3 eingetragen</translation>
    </message>
    <message>
        <source>%1: %2 is missing (%3)</source>
        <extracomment>%1: the report concerned, %2: &quot;version 3&quot; or &quot;version 3 to 5&quot;, %3: &quot;next stored version 6&quot;</extracomment>
        <translation>%1: %2 fehlt (%3)</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot; stores version %2 more than once: %3</source>
        <extracomment>%3: the snapshot ids, &quot;A and B&quot;</extracomment>
        <translation>Bericht „%1“ speichert Version %2 mehrfach: %3</translation>
    </message>
    <message>
        <source>%1: its parent %2 is not an earlier version of this report (expected %3)</source>
        <extracomment>%1: the version concerned, %2: &quot;snapshot ID&quot;, %3: &quot;version 2&quot; or &quot;an earlier version of report ...&quot;</extracomment>
        <translation>%1: die eingetragene Vorgängerversion %2 ist keine frühere Version dieses Berichts (erwartet: %3)</translation>
    </message>
    <message>
        <source>%1: its parent is %2, but the activity log says %3 was active when it was created</source>
        <extracomment>%1: the version concerned, %2 and %3: &quot;snapshot ID (version N)&quot; or &quot;no parent&quot;</extracomment>
        <translation>%1: eingetragene Vorgängerversion: %2, laut Aktivitätsprotokoll bei ihrer Erstellung aktiv: %3</translation>
    </message>
    <message>
        <source>%1: the activity log has no &quot;create&quot; entry for it</source>
        <extracomment>%1: the version concerned; &quot;create&quot; is the action name in the activity log</extracomment>
        <translation>%1: im Aktivitätsprotokoll fehlt der zugehörige „create“-Eintrag</translation>
    </message>
    <message>
        <source>%1 has no active version</source>
        <translation>%1 hat keine aktive Version</translation>
    </message>
    <message>
        <source>%1 has more than one active version: %2</source>
        <extracomment>%1: the report concerned, %2: &quot;versions 2, 4&quot;</extracomment>
        <translation>%1 hat mehr als eine aktive Version: %2</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot;: %2 is active, but the activity log&apos;s last create or rollback activated %3</source>
        <extracomment>%2 and %3: &quot;version N&quot;</extracomment>
        <translation>Bericht „%1“: %2 ist aktiv, aber das letzte Erstellen oder Zurücksetzen im Aktivitätsprotokoll hat %3 aktiviert</translation>
    </message>
    <message>
        <source>Verifying report &quot;%1&quot;</source>
        <translation>Prüfen des Berichts „%1“</translation>
    </message>
    <message>
        <source>Verifying the database</source>
        <translation>Prüfen der Datenbank</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;</source>
        <translation>Es gibt keinen Bericht „%1“</translation>
    </message>
    <message>
        <source>%1 was cancelled after %2 of %3 reports</source>
        <extracomment>%1: what was being done (&quot;Verifying the database&quot;)</extracomment>
        <translation>%1 nach %2 von %3 Berichten abgebrochen</translation>
    </message>
    <message>
        <source>%1: its report, version, checksum, author, creation time and metadata give the chain hash %2, but %3 is stored: one of them was changed after the version was written</source>
        <extracomment>%1: the version concerned, %2 and %3: SHA-256 chain hashes (or &quot;none&quot;)</extracomment>
        <translation>%1: Bericht, Version, Prüfsumme, Autor, Erstellungszeitpunkt und Metadaten ergeben den Ketten-Hash %2, gespeichert ist aber %3: eine dieser Angaben wurde nach dem Schreiben der Version geändert</translation>
    </message>
    <message>
        <source>%1: the chain stops verifying here: this version was chained to its parent&apos;s hash %2, but the parent now stores %3</source>
        <extracomment>%1: the version concerned, %2 and %3: SHA-256 chain hashes</extracomment>
        <translation>%1: ab hier ist die Kette nicht mehr gültig: diese Version wurde mit dem Hash %2 ihrer Vorgängerversion verkettet, die Vorgängerversion speichert jetzt aber %3</translation>
    </message>
    <message>
        <source>%1: the anchor records the chain hash %2, but %3 is stored: the history up to this version was rewritten</source>
        <extracomment>%1: the version concerned, %2 and %3: SHA-256 chain hashes</extracomment>
        <translation>%1: der Anker verzeichnet den Ketten-Hash %2, gespeichert ist aber %3: der Verlauf bis zu dieser Version wurde umgeschrieben</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot;: the anchor records %2, but the database has %3</source>
        <extracomment>%1: the report concerned, %2: &quot;version 4&quot;, %3: what is stored instead</extracomment>
        <translation>Bericht „%1“: der Anker verzeichnet %2, in der Datenbank aber: %3</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>What an integrity check expected or found at a JSON path: the value is absent</extracomment>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <extracomment>A JSON Pointer path and the value at it, in a list of paths</extracomment>
        <translation>%1 = %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <extracomment>After a list of JSON paths that was cut short</extracomment>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>a patch that does not apply: %1</source>
        <extracomment>What an integrity check found: the stored diff (an RFC 6902 patch) cannot be applied</extracomment>
        <translation>einen Patch, der sich nicht anwenden lässt: %1</translation>
    </message>
    <message>
        <source>%1: the stored document was altered after it was written; its parent with the stored diff applied gives the original, which hashes to the stored checksum and has %2, where the stored document has %3</source>
        <extracomment>%1: the version concerned, %2 and %3: lists of &quot;JSON path = value&quot;</extracomment>
        <translation>%1: Das gespeicherte Dokument wurde nachträglich verändert; die Vorgängerversion mit dem gespeicherten Diff ergibt das Original, das die gespeicherte Prüfsumme hat und %2 enthält, wo das gespeicherte Dokument %3 enthält</translation>
    </message>
    <message>
        <source>%1: both payloads verify, but its parent with the patch stored in changes_summary applied gives %3 instead of the version&apos;s checksum %2: the stored diff is wrong</source>
        <extracomment>%1: the version concerned, %2: a SHA-256 checksum, %3: a checksum or why the patch does not apply; changes_summary is a column: keep it</extracomment>
        <translation>%1: Beide Inhalte sind korrekt, aber die Vorgängerversion mit dem in changes_summary gespeicherten Patch ergibt %3 statt der Prüfsumme %2 der Version: Der gespeicherte Diff ist falsch</translation>
    </message>
    <message>
        <source>%1 (a repair was recorded on %2 by %3)</source>
        <extracomment>%1: what an integrity check found, %2: when (ISO 8601, UTC), %3: a login</extracomment>
        <translation>%1 (eine Reparatur wurde am %2 von %3 erfasst)</translation>
    </message>
    <message>
        <source>%1: the repair recorded for it is not its original: %3 (the stored checksum is %2)</source>
        <extracomment>%1: the version concerned, %2: a SHA-256 checksum, %3: why the repair does not match it</extracomment>
        <translation>%1: die dafür erfasste Reparatur ist nicht das Original: %3 (die gespeicherte Prüfsumme ist %2)</translation>
    </message>
    <message>
        <source>covers %1 of %2 values</source>
        <extracomment>What an integrity check found: how much of a document CCP-04&apos;s checksum covers</extracomment>
        <translation>deckt %1 von %2 Werten ab</translation>
    </message>
    <message>
        <source>%1 UTF-16 code units</source>
        <extracomment>A payload size as CCP-04 counted it, in UTF-16 code units</extracomment>
        <translation>%1 UTF-16-Codeeinheiten</translation>
    </message>
    <message>
        <source>No hash chain: CCP-04 databases have none, so a version removed, re-ordered or back-dated by someone with write access cannot be proven. Upgrading the database starts one.</source>
        <translation>Keine Hash-Kette: CCP-04-Datenbanken haben keine, daher lässt sich eine Version, die jemand mit Schreibrechten entfernt, umsortiert oder rückdatiert hat, nicht nachweisen. Ein Upgrade der Datenbank beginnt eine.</translation>
    </message>
    <message>
        <source>CCP-04 logged rollbacks only: each version&apos;s creation is taken from its own row, so the parent and the activity log cannot be checked against each other.</source>
        <translation>CCP-04 protokollierte nur Rücksetzungen: Die Erstellung jeder Version wird aus ihrer eigenen Zeile abgeleitet, daher lassen sich Elternversion und Aktivitätsprotokoll nicht gegeneinander prüfen.</translation>
    </message>
    <message>
        <source>CCP-04&apos;s changes_summary is deep-object-diff output, which drops deletions: stored diffs cannot be checked or used to localise damage.</source>
        <extracomment>changes_summary is a column: keep it</extracomment>
        <translation>Das changes_summary von CCP-04 ist eine Ausgabe von deep-object-diff, die Löschungen verliert: Gespeicherte Diffs lassen sich weder prüfen noch zur Lokalisierung von Schäden nutzen.</translation>
    </message>
    <message>
        <source>CCP-04 stored times without a time zone; they are read as UTC.</source>
        <translation>CCP-04 speicherte Zeiten ohne Zeitzone; sie werden als UTC gelesen.</translation>
    </message>
    <message>
        <source>%1: a CCP-04 legacy checksum, which matches but %2 of the document; the values it leaves out could have changed unnoticed (the RFC 8785 checksum of the document as it is now is %3)</source>
        <extracomment>%1: the version concerned, %2: &quot;covers 14 of 123 values&quot;, %3: a SHA-256 checksum</extracomment>
        <translation>%1: eine alte CCP-04-Prüfsumme, die übereinstimmt, aber vom Dokument nur Folgendes abdeckt: %2; die ausgelassenen Werte könnten sich unbemerkt geändert haben (die RFC-8785-Prüfsumme des Dokuments in seinem jetzigen Zustand ist %3)</translation>
    </message>
</context>
<context>
    <name>JsonDiff</name>
    <message>
        <source>numeric tolerance must be a finite number &gt;= 0</source>
        <translation>die numerische Toleranz muss eine endliche Zahl &gt;= 0 sein</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>documents of 4 GiB or more are not supported</source>
        <translation>Dokumente ab 4 GiB werden nicht unterstützt</translation>
    </message>
    <message>
        <source>a byte order mark is not allowed at the start of JSON text (RFC 8259 §8.1)</source>
        <translation>eine Byte-Order-Mark ist am Anfang eines JSON-Texts nicht erlaubt (RFC 8259 §8.1)</translation>
    </message>
    <message>
        <source>unexpected %1 after the end of the JSON value</source>
        <translation>unerwartet: %1 nach dem Ende des JSON-Werts</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <source>unexpected end of the document</source>
        <translation>unerwartetes Ende des Dokuments</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation>die Verschachtelung ist tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>einen Wert</translation>
    </message>
    <message>
        <source>unexpected end of the document: the %1 is not closed</source>
        <translation>unerwartetes Ende des Dokuments: das %1 ist nicht geschlossen</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos;</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos;</translation>
    </message>
    <message>
        <source>a member name in double quotes</source>
        <translation>einen Schlüssel in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <source>&apos;:&apos; after the member name</source>
        <translation>&apos;:&apos; nach dem Schlüssel</translation>
    </message>
    <message>
        <source>duplicate member name &quot;%1&quot; (I-JSON, RFC 7493 §2.3, requires unique names)</source>
        <translation>doppelter Schlüssel „%1“ (I-JSON, RFC 7493 §2.3, verlangt eindeutige Namen)</translation>
    </message>
    <message>
        <source>the string is not closed</source>
        <translation>die Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <source>control character U+%1 must be escaped inside a string</source>
        <translation>das Steuerzeichen U+%1 muss innerhalb einer Zeichenkette maskiert werden</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence (starting with byte 0x%1)</source>
        <translation>ungültige UTF-8-Bytefolge (beginnend mit Byte 0x%1)</translation>
    </message>
    <message>
        <source>the escape sequence is cut off</source>
        <translation>die Escape-Sequenz ist abgeschnitten</translation>
    </message>
    <message>
        <source>invalid escape sequence \%1</source>
        <translation>ungültige Escape-Sequenz \%1</translation>
    </message>
    <message>
        <source>\u must be followed by four hexadecimal digits</source>
        <translation>auf \u müssen vier Hexadezimalziffern folgen</translation>
    </message>
    <message>
        <source>lone low surrogate \u%1: not a Unicode character (I-JSON, RFC 7493 §2.1)</source>
        <translation>einzelnes Low-Surrogate \u%1: kein Unicode-Zeichen (I-JSON, RFC 7493 §2.1)</translation>
    </message>
    <message>
        <source>high surrogate \u%1 is not followed by a low surrogate (I-JSON, RFC 7493 §2.1)</source>
        <translation>auf das High-Surrogate \u%1 folgt kein Low-Surrogate (I-JSON, RFC 7493 §2.1)</translation>
    </message>
    <message>
        <source>a digit must follow the minus sign</source>
        <translation>auf das Minuszeichen muss eine Ziffer folgen</translation>
    </message>
    <message>
        <source>numbers must not have leading zeros</source>
        <translation>Zahlen dürfen keine führenden Nullen haben</translation>
    </message>
    <message>
        <source>a digit must follow the decimal point</source>
        <translation>auf den Dezimalpunkt muss eine Ziffer folgen</translation>
    </message>
    <message>
        <source>a digit must follow the exponent marker</source>
        <translation>auf das Exponentenzeichen muss eine Ziffer folgen</translation>
    </message>
    <message>
        <source>the number %1 is beyond the range of IEEE-754 double precision</source>
        <translation>die Zahl %1 liegt außerhalb des Wertebereichs von IEEE-754-Gleitkommazahlen doppelter Genauigkeit</translation>
    </message>
    <message>
        <source>malformed number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>the number %1 cannot be stored exactly: as an IEEE-754 double it becomes %2 (I-JSON, RFC 7493 §2.2); accept rounding explicitly to store it rounded</source>
        <translation>die Zahl %1 kann nicht exakt gespeichert werden: als IEEE-754-Double wird sie zu %2 (I-JSON, RFC 7493 §2.2); lassen Sie das Runden ausdrücklich zu, um sie gerundet zu speichern</translation>
    </message>
    <message>
        <source>the end of the document</source>
        <translation>das Ende des Dokuments</translation>
    </message>
    <message>
        <source>expected %1 but found %2</source>
        <translation>%1 erwartet, aber %2 gefunden</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <extracomment>What was found in the input: a byte in hexadecimal, e.g. &quot;byte 0x0a&quot;</extracomment>
        <translation>Byte 0x%1</translation>
    </message>
    <message>
        <source>(at %1)</source>
        <extracomment>After a position in a JSON text: the JSON Pointer of the value being read there</extracomment>
        <translation>(unter %1)</translation>
    </message>
</context>
<context>
    <name>JsonPatch</name>
    <message>
        <source>patch[%1]: %2</source>
        <extracomment>%1: the index of the operation in the JSON Patch array, %2: what is wrong with it</extracomment>
        <translation>patch[%1]: %2</translation>
    </message>
    <message>
        <source>missing &quot;%1&quot;</source>
        <extracomment>%1: the name of a member of a JSON Patch operation (&quot;path&quot;, &quot;from&quot;)</extracomment>
        <translation>„%1“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string, not %2</source>
        <extracomment>%1: the name of a member of a JSON Patch operation, %2: a JSON type name (number, object...)</extracomment>
        <translation>„%1“ muss eine Zeichenkette sein, nicht vom Typ %2</translation>
    </message>
    <message>
        <source>the root</source>
        <extracomment>A place in a JSON document: the document itself (where a JSON Pointer is &quot;&quot;)</extracomment>
        <translation>der Dokumentwurzel</translation>
    </message>
    <message>
        <source>%1 is not an array index (in the array at %2)</source>
        <translation>%1 ist kein Array-Index (im Array unter %2)</translation>
    </message>
    <message>
        <source>index %1 is out of range: the array at %2 has %3 elements</source>
        <translation>Index %1 liegt außerhalb des gültigen Bereichs: das Array unter %2 hat %3 Elemente</translation>
    </message>
    <message>
        <source>the object at %1 has no member %2</source>
        <translation>das Objekt unter %1 hat keinen Schlüssel %2</translation>
    </message>
    <message>
        <source>%1 is null, which has no member or element %2</source>
        <extracomment>%1: where in the document, %2: a member name or an index</extracomment>
        <translation>der Wert unter %1 ist null und hat daher weder einen Schlüssel noch ein Element %2</translation>
    </message>
    <message>
        <source>%1 is a %2, which has no member or element %3</source>
        <extracomment>%1: where in the document, %2: a JSON type name (number, string, boolean), %3: a member name or an index</extracomment>
        <translation>der Wert unter %1 ist vom Typ %2 und hat daher weder einen Schlüssel noch ein Element %3</translation>
    </message>
    <message>
        <source>the whole document cannot be removed</source>
        <translation>das gesamte Dokument kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>a value cannot be moved into one of its own children</source>
        <translation>ein Wert kann nicht in eines seiner eigenen Kindelemente verschoben werden</translation>
    </message>
    <message>
        <source>test failed: the value at %1 differs</source>
        <translation>test fehlgeschlagen: der Wert unter %1 weicht ab</translation>
    </message>
    <message>
        <source>patch[%1] (%2 %3): %4</source>
        <extracomment>%1: the index of the operation in the JSON Patch array, %2: its &quot;op&quot; (add, remove...), %3: its &quot;path&quot;, %4: why it failed</extracomment>
        <translation>patch[%1] (%2 %3): %4</translation>
    </message>
    <message>
        <source>a JSON Patch must be an array of operations, not %1</source>
        <translation>ein JSON Patch muss ein Array von Operationen sein, nicht vom Typ %1</translation>
    </message>
    <message>
        <source>an operation must be an object, not %1</source>
        <translation>eine Operation muss ein Objekt sein, nicht vom Typ %1</translation>
    </message>
    <message>
        <source>missing &quot;op&quot;</source>
        <translation>„op“ fehlt</translation>
    </message>
    <message>
        <source>&quot;op&quot; must be a string, not %1</source>
        <translation>„op“ muss eine Zeichenkette sein, nicht vom Typ %1</translation>
    </message>
    <message>
        <source>unknown operation %1 (expected add, remove, replace, move, copy or test)</source>
        <translation>unbekannte Operation %1 (erwartet: add, remove, replace, move, copy oder test)</translation>
    </message>
    <message>
        <source>missing &quot;value&quot; (required by %1)</source>
        <extracomment>%1: a JSON Patch operation (add, replace or test)</extracomment>
        <translation>„value“ fehlt (erforderlich für %1)</translation>
    </message>
</context>
<context>
    <name>JsonPointer</name>
    <message>
        <source>JSON Pointer %1 must be empty or start with &quot;/&quot;</source>
        <translation>JSON Pointer %1 muss leer sein oder mit „/“ beginnen</translation>
    </message>
    <message>
        <source>JSON Pointer %1: &quot;~&quot; must be followed by &quot;0&quot; or &quot;1&quot; (in reference token %2)</source>
        <translation>JSON Pointer %1: auf „~“ muss „0“ oder „1“ folgen (im Referenz-Token %2)</translation>
    </message>
    <message>
        <source>the root</source>
        <extracomment>A place in a JSON document: the document itself (where a JSON Pointer is &quot;&quot;)</extracomment>
        <translation>der Dokumentwurzel</translation>
    </message>
    <message>
        <source>the object at %1 has no member %2</source>
        <translation>das Objekt unter %1 hat keinen Schlüssel %2</translation>
    </message>
    <message>
        <source>%1 is not an array index (at %2)</source>
        <translation>%1 ist kein Array-Index (unter %2)</translation>
    </message>
    <message>
        <source>index %1 is out of range: the array at %2 has %3 elements</source>
        <translation>Index %1 liegt außerhalb des gültigen Bereichs: das Array unter %2 hat %3 Elemente</translation>
    </message>
    <message>
        <source>cannot look up %1 in the %2 at %3</source>
        <extracomment>%1: a member name or index, %2: a JSON type name (number, string, boolean, null), %3: where in the document</extracomment>
        <translation>%1 kann nicht nachgeschlagen werden: der Wert unter %3 ist vom Typ %2</translation>
    </message>
</context>
<context>
    <name>JsonText</name>
    <message>
        <source>[1 item]</source>
        <translation>[1 Element]</translation>
    </message>
    <message>
        <source>[%1 items]</source>
        <translation>[%1 Elemente]</translation>
    </message>
    <message>
        <source>{1 member}</source>
        <translation>{1 Schlüssel}</translation>
    </message>
    <message>
        <source>{%1 members}</source>
        <translation>{%1 Schlüssel}</translation>
    </message>
</context>
<context>
    <name>LegacySchema</name>
    <message>
        <source>Preparing to read the CCP-04 database without changing it</source>
        <translation>Vorbereiten, die CCP-04-Datenbank zu lesen, ohne sie zu ändern</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Reading the database schema</source>
        <translation>Lesen des Datenbankschemas</translation>
    </message>
    <message>
        <source>Reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>This database has schema version %1, but this build of Snapshot Auditor knows versions up to %2: it was written by a newer release. Nothing was changed; open it with that release or a newer one.</source>
        <translation>Diese Datenbank hat die Schemaversion %1, diese Programmversion von Snapshot Auditor kennt aber nur Versionen bis %2: Die Datenbank wurde von einer neueren Programmversion geschrieben. Es wurde nichts geändert; öffnen Sie sie mit jener oder einer neueren Programmversion.</translation>
    </message>
    <message>
        <source>Upgrading the database schema</source>
        <translation>Aktualisieren des Datenbankschemas</translation>
    </message>
    <message>
        <source>Locking the schema for an upgrade</source>
        <translation>Sperren des Schemas für die Aktualisierung</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build</source>
        <extracomment>%1: the name of a schema migration, e.g. 0001_initial</extracomment>
        <translation>Migration %1 fehlt in dieser Programmversion</translation>
    </message>
    <message>
        <source>Applying migration %1 (statement %2)</source>
        <translation>Anwenden der Migration %1 (Anweisung %2)</translation>
    </message>
    <message>
        <source>Recording migration %1</source>
        <translation>Eintragen der Migration %1</translation>
    </message>
    <message>
        <source>This database was written by the CCP-04 snapshot service (it has report_snapshots but no schema_migrations). Snapshot Auditor never changes such a database on its own; an admin can upgrade it explicitly (snapshotctl migrate, or File &gt; Upgrade CCP-04 Database).</source>
        <extracomment>report_snapshots and schema_migrations are names of database tables: keep them as they are</extracomment>
        <translation>Diese Datenbank wurde vom CCP-04-Snapshot-Dienst geschrieben (sie hat report_snapshots, aber kein schema_migrations). Snapshot Auditor ändert eine solche Datenbank nie von sich aus; ein Admin kann sie ausdrücklich aktualisieren (snapshotctl migrate oder Datei &gt; CCP-04-Datenbank aktualisieren).</translation>
    </message>
    <message>
        <source>The CCP-04 tables are renamed ccp04_report_snapshots, ccp04_activity_logs, ccp04_users and ccp04_reports and kept exactly as they are, as evidence; nothing is deleted.</source>
        <extracomment>Each line: what upgrading a CCP-04 database does; table names stay as they are</extracomment>
        <translation>Die CCP-04-Tabellen werden in ccp04_report_snapshots, ccp04_activity_logs, ccp04_users und ccp04_reports umbenannt und genau so aufbewahrt, wie sie sind, als Beweismittel; nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>New tables with Snapshot Auditor&apos;s schema get a copy of every row: payloads, checksums, versions, authors, times and active flags as they were. CCP-04&apos;s times have no time zone and are taken as UTC.</source>
        <translation>Neue Tabellen mit dem Schema von Snapshot Auditor erhalten eine Kopie jeder Zeile: Nutzdaten, Prüfsummen, Versionen, Autoren, Zeiten und Aktiv-Markierungen, wie sie waren. Die Zeiten von CCP-04 haben keine Zeitzone und werden als UTC übernommen.</translation>
    </message>
    <message>
        <source>The activity log gets CCP-04&apos;s rollbacks and, for each version, its creation derived from the version&apos;s row (CCP-04 did not log creations).</source>
        <translation>Das Aktivitätsprotokoll erhält die Rücksetzungen von CCP-04 und für jede Version ihre Erstellung, abgeleitet aus der Zeile der Version (CCP-04 protokollierte keine Erstellungen).</translation>
    </message>
    <message>
        <source>The database then enforces the rules: snapshots and the activity log can no longer be changed or deleted, and a report has at most one active version.</source>
        <translation>Danach setzt die Datenbank die Regeln durch: Snapshots und das Aktivitätsprotokoll können nicht mehr geändert oder gelöscht werden, und ein Bericht hat höchstens eine aktive Version.</translation>
    </message>
    <message>
        <source>A hash chain is computed over every version, so that later changes to the history can be proven.</source>
        <translation>Über alle Versionen wird eine Hash-Kette berechnet, damit spätere Änderungen am Verlauf nachweisbar sind.</translation>
    </message>
    <message>
        <source>CCP-04&apos;s checksums stay as they are; an admin can record a full checksum beside each one.</source>
        <translation>Die Prüfsummen von CCP-04 bleiben, wie sie sind; ein Admin kann neben jeder eine vollständige Prüfsumme erfassen.</translation>
    </message>
    <message>
        <source>All of it happens in one transaction: if any step fails, the database is left as it was.</source>
        <translation>All das geschieht in einer Transaktion: Schlägt ein Schritt fehl, bleibt die Datenbank, wie sie war.</translation>
    </message>
    <message>
        <source>This database has no CCP-04 tables: there is nothing to upgrade</source>
        <translation>Diese Datenbank hat keine CCP-04-Tabellen: Es gibt nichts zu aktualisieren</translation>
    </message>
    <message>
        <source>This database already has Snapshot Auditor&apos;s schema (version %1), not CCP-04&apos;s: there is nothing to upgrade from CCP-04</source>
        <extracomment>%1: a schema version number</extracomment>
        <translation>Diese Datenbank hat bereits das Schema von Snapshot Auditor (Version %1), nicht das von CCP-04: Es gibt nichts von CCP-04 zu aktualisieren</translation>
    </message>
    <message>
        <source>Checking the CCP-04 tables before the upgrade</source>
        <translation>Prüfen der CCP-04-Tabellen vor dem Upgrade</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (versions %2)</source>
        <extracomment>%1: a report id, %2: version numbers (&quot;5, 6&quot;)</extracomment>
        <translation>„%1“ (Versionen %2)</translation>
    </message>
    <message>
        <source>These reports have more than one active version, which CCP-04 allowed and Snapshot Auditor refuses: %1. Leave one active version per report (is_active in the CCP-04 table report_snapshots), then upgrade. Nothing was changed.</source>
        <extracomment>%1: a list of reports with their active versions</extracomment>
        <translation>Diese Berichte haben mehr als eine aktive Version, was CCP-04 zuließ und Snapshot Auditor ablehnt: %1. Lassen Sie pro Bericht eine aktive Version (is_active in der CCP-04-Tabelle report_snapshots) und aktualisieren Sie dann. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>OpenDatabase</name>
    <message>
        <source>This SQLite database has report_snapshots but no schema_migrations table. CCP-04 databases are PostgreSQL ones; this file is neither a CCP-04 nor a Snapshot Auditor database, and was left as it is.</source>
        <extracomment>report_snapshots and schema_migrations are names of database tables: keep them as they are</extracomment>
        <translation>Diese SQLite-Datenbank hat report_snapshots, aber keine Tabelle schema_migrations. CCP-04-Datenbanken sind PostgreSQL-Datenbanken; diese Datei ist weder eine CCP-04- noch eine Snapshot-Auditor-Datenbank und wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>PayloadCheck</name>
    <message>
        <source>zlib could not be initialised</source>
        <translation>zlib konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>the zlib stream is cut short</source>
        <translation>der zlib-Datenstrom ist abgeschnitten</translation>
    </message>
    <message>
        <source>the zlib stream is broken (%1)</source>
        <translation>der zlib-Datenstrom ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>the zlib stream is followed by stray bytes</source>
        <translation>auf den zlib-Datenstrom folgen überzählige Bytes</translation>
    </message>
    <message>
        <source>the stored document does not parse: %1</source>
        <translation>das gespeicherte Dokument lässt sich nicht parsen: %1</translation>
    </message>
    <message>
        <source>the stored checksum is %1 but the data hashes to %2</source>
        <translation>die gespeicherte Prüfsumme ist %1, die Daten ergeben aber den Hash %2</translation>
    </message>
    <message>
        <source>its canonical form has %1 bytes, but data_size records %2</source>
        <extracomment>data_size is a column of the database: keep it as it is</extracomment>
        <translation>die kanonische Form hat %1 Bytes, in data_size sind aber %2 eingetragen</translation>
    </message>
    <message>
        <source>Version %1 of report &quot;%2&quot; (snapshot %3) failed its integrity check: %4. The stored data was changed outside Snapshot Auditor and cannot be trusted.</source>
        <extracomment>%4: what is wrong with the stored data (a lowercase phrase)</extracomment>
        <translation>Version %1 des Berichts „%2“ (Snapshot %3) hat die Integritätsprüfung nicht bestanden: %4. Die gespeicherten Daten wurden außerhalb von Snapshot Auditor verändert und sind nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <source>its recorded repair cannot be decoded: %1</source>
        <extracomment>%1: why a payload cannot be decoded</extracomment>
        <translation>die erfasste Reparatur lässt sich nicht dekodieren: %1</translation>
    </message>
    <message>
        <source>its recorded repair hashes to %1, not to the stored checksum</source>
        <extracomment>%1: a SHA-256 checksum</extracomment>
        <translation>die erfasste Reparatur ergibt den Hash %1, nicht die gespeicherte Prüfsumme</translation>
    </message>
    <message>
        <source>the checksum recorded for it on %1 by %2 is %3 but the data hashes to %4</source>
        <extracomment>%1: a date and time, %2: who, %3 and %4: SHA-256 checksums</extracomment>
        <translation>die am %1 von %2 dafür erfasste Prüfsumme ist %3, die Daten ergeben aber den Hash %4</translation>
    </message>
</context>
<context>
    <name>PayloadReader</name>
    <message>
        <source>%1 failed: snapshot %2 vanished while it was read</source>
        <extracomment>%1: what was being done (e.g. &quot;Reading version 3 of report &quot;r1&quot;&quot;), %2: a snapshot id</extracomment>
        <translation>%1 fehlgeschlagen: Snapshot %2 ist während des Lesens verschwunden</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Version Active As Of</source>
        <translation>Aktive Version zu einem Zeitpunkt</translation>
    </message>
    <message>
        <source>Show the version of %1 that was active at:</source>
        <translation>Die Version von %1 anzeigen, die zu diesem Zeitpunkt aktiv war:</translation>
    </message>
    <message>
        <source>Upgrade CCP-04 Database</source>
        <translation>CCP-04-Datenbank aktualisieren</translation>
    </message>
    <message>
        <source>Upgrade %1 to Snapshot Auditor&apos;s schema?</source>
        <translation>%1 auf das Schema von Snapshot Auditor aktualisieren?</translation>
    </message>
    <message>
        <source>&amp;Upgrade</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
</context>
<context>
    <name>RoleSql</name>
    <message>
        <source>The role prefix &quot;%1&quot; is not a plain lower-case SQL name (letters a-z, digits and _, not starting with a digit, at most %2 characters)</source>
        <extracomment>%1: what the user gave, %2: a number</extracomment>
        <translation>Das Rollenpräfix „%1“ ist kein einfacher SQL-Name in Kleinbuchstaben (Buchstaben a–z, Ziffern und _, nicht mit einer Ziffer beginnend, höchstens %2 Zeichen)</translation>
    </message>
    <message>
        <source>The schema name must not be empty</source>
        <translation>Der Schemaname darf nicht leer sein</translation>
    </message>
    <message>
        <source>Only PostgreSQL databases have roles</source>
        <translation>Nur PostgreSQL-Datenbanken haben Rollen</translation>
    </message>
    <message>
        <source>Setting up the roles of schema &quot;%1&quot;</source>
        <translation>Einrichten der Rollen für das Schema „%1“</translation>
    </message>
</context>
<context>
    <name>SnapshotAdmin</name>
    <message>
        <source>A rollback needs a reason: say why, for the activity log</source>
        <translation>Ein Zurücksetzen erfordert eine Begründung: Geben Sie für das Aktivitätsprotokoll an, warum</translation>
    </message>
    <message>
        <source>A deprecation needs a reason: say why, for the activity log</source>
        <translation>Eine Markierung als veraltet erfordert eine Begründung: Geben Sie für das Aktivitätsprotokoll an, warum</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;</source>
        <translation>Es gibt keinen Bericht „%1“</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot; has no version %2 (its versions go up to %3)</source>
        <translation>Bericht „%1“ hat keine Version %2 (seine Versionen reichen bis %3)</translation>
    </message>
    <message>
        <source>%1 failed: snapshot %2 vanished while it was read</source>
        <translation>%1 fehlgeschlagen: Snapshot %2 ist während des Lesens verschwunden</translation>
    </message>
    <message>
        <source>Planning the rollback of report &quot;%1&quot; to version %2</source>
        <translation>Planen des Zurücksetzens des Berichts „%1“ auf Version %2</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot; has no active version to roll back from</source>
        <translation>Bericht „%1“ hat keine aktive Version, von der aus zurückgesetzt werden könnte</translation>
    </message>
    <message>
        <source>Version %1 is already the active version of report &quot;%2&quot;: there is nothing to roll back</source>
        <translation>Version %1 ist bereits die aktive Version des Berichts „%2“: es gibt nichts zurückzusetzen</translation>
    </message>
    <message>
        <source>%1 failed: verified %2 does not parse (%3)</source>
        <extracomment>%1: what was being done, %2: e.g. &quot;version 3 of report &quot;r1&quot;&quot;, %3: the parse error</extracomment>
        <translation>%1 fehlgeschlagen: die geprüfte %2 lässt sich nicht parsen (%3)</translation>
    </message>
    <message>
        <source>Rolling back report &quot;%1&quot; to version %2</source>
        <translation>Zurücksetzen des Berichts „%1“ auf Version %2</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot; changed meanwhile: expected active version %2, actual %3. Review the report again before rolling back.</source>
        <translation>Bericht „%1“ wurde inzwischen geändert: erwartete aktive Version %2, tatsächlich %3. Prüfen Sie den Bericht erneut, bevor Sie ihn zurücksetzen.</translation>
    </message>
    <message>
        <source>Version %1 of report &quot;%2&quot; was deprecated on %3 (&quot;%4&quot;); confirm explicitly to roll back to a deprecated version</source>
        <extracomment>%3: when (ISO 8601, UTC), %4: the reason given for the deprecation</extracomment>
        <translation>Version %1 des Berichts „%2“ wurde am %3 als veraltet markiert („%4“); bestätigen Sie ausdrücklich, dass Sie auf eine veraltete Version zurücksetzen möchten</translation>
    </message>
    <message>
        <source>Deprecating version %1 of report &quot;%2&quot;</source>
        <translation>Markieren der Version %1 des Berichts „%2“ als veraltet</translation>
    </message>
    <message>
        <source>Version %1 of report &quot;%2&quot; was already deprecated on %3 (&quot;%4&quot;); a deprecation is set once and never changed</source>
        <extracomment>%3: when (ISO 8601, UTC), %4: the reason given for the deprecation</extracomment>
        <translation>Version %1 des Berichts „%2“ wurde bereits am %3 als veraltet markiert („%4“); eine Markierung als veraltet wird einmal gesetzt und nie geändert</translation>
    </message>
    <message>
        <source>Version %1 is the active version of report &quot;%2&quot; and cannot be deprecated: roll back to another version first, then deprecate this one</source>
        <translation>Version %1 ist die aktive Version des Berichts „%2“ und kann nicht als veraltet markiert werden: Setzen Sie zuerst auf eine andere Version zurück und markieren Sie dann diese als veraltet</translation>
    </message>
    <message>
        <source>A repair needs a reason: say why, for the activity log</source>
        <translation>Eine Reparatur braucht einen Grund: Sagen Sie, warum, für das Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>A reason has at most %1 characters</source>
        <extracomment>%1: a number of characters</extracomment>
        <translation>Ein Grund hat höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>Version %1 of report &quot;%2&quot; was already repaired on %3 by %4 (&quot;%5&quot;); a repair is recorded once and never changed</source>
        <extracomment>%3: when (ISO 8601, UTC), %4: a login, %5: the reason given for the repair</extracomment>
        <translation>Version %1 des Berichts „%2“ wurde bereits am %3 von %4 repariert („%5“); eine Reparatur wird einmal erfasst und nie geändert</translation>
    </message>
    <message>
        <source>The payload of %1 verifies: there is nothing to repair</source>
        <extracomment>%1: e.g. &quot;version 3 of report &quot;r1&quot;&quot;</extracomment>
        <translation>Die Nutzdaten von %1 sind in Ordnung: Es gibt nichts zu reparieren</translation>
    </message>
    <message>
        <source>The original of %1 cannot be proven, so it cannot be repaired: %2</source>
        <extracomment>%1: e.g. &quot;version 3 of report &quot;r1&quot;&quot;, %2: why (a lowercase phrase)</extracomment>
        <translation>Das Original von %1 lässt sich nicht beweisen, daher kann es nicht repariert werden: %2</translation>
    </message>
    <message>
        <source>its stored payload does not decode (%1), so the altered paths cannot be named</source>
        <extracomment>%1: why a payload cannot be decoded</extracomment>
        <translation>die gespeicherten Nutzdaten lassen sich nicht dekodieren (%1), daher lassen sich die geänderten Pfade nicht benennen</translation>
    </message>
    <message>
        <source>it is a first version, with no parent to prove it from</source>
        <translation>es ist eine erste Version, ohne Vorgänger, aus dem es sich beweisen ließe</translation>
    </message>
    <message>
        <source>its parent, version %1, fails its own integrity check (%2)</source>
        <extracomment>%1: a version number, %2: the parent&apos;s own integrity error</extracomment>
        <translation>ihr Vorgänger, Version %1, besteht seine eigene Integritätsprüfung nicht (%2)</translation>
    </message>
    <message>
        <source>it has no stored diff from its parent (changes_summary with a patch)</source>
        <extracomment>changes_summary is a column: keep it</extracomment>
        <translation>es gibt keinen gespeicherten Diff zum Vorgänger (changes_summary mit einem Patch)</translation>
    </message>
    <message>
        <source>%1 failed: a decoded payload of %2 or its parent does not parse</source>
        <extracomment>%1: what was being done, %2: e.g. &quot;version 3 of report &quot;r1&quot;&quot;</extracomment>
        <translation>%1 fehlgeschlagen: dekodierte Nutzdaten von %2 oder seinem Vorgänger lassen sich nicht parsen</translation>
    </message>
    <message>
        <source>Planning the repair of version %1 of report &quot;%2&quot;</source>
        <translation>Planen der Reparatur von Version %1 des Berichts „%2“</translation>
    </message>
    <message>
        <source>Repairing version %1 of report &quot;%2&quot;</source>
        <translation>Reparieren von Version %1 des Berichts „%2“</translation>
    </message>
    <message>
        <source>Recording a checksum needs a reason: say why the document is accepted as it is, for the activity log</source>
        <translation>Das Erfassen einer Prüfsumme braucht eine Begründung: Sagen Sie für das Aktivitätsprotokoll, warum das Dokument so akzeptiert wird, wie es ist</translation>
    </message>
    <message>
        <source>Recording the checksum of version %1 of report &quot;%2&quot;</source>
        <translation>Erfassen der Prüfsumme von Version %1 des Berichts „%2“</translation>
    </message>
    <message>
        <source>The checksum of version %1 of report &quot;%2&quot; was recorded on %3 by %4 already; a recorded checksum is never replaced</source>
        <extracomment>%3: a date and time, %4: who</extracomment>
        <translation>Die Prüfsumme von Version %1 des Berichts „%2“ wurde bereits am %3 von %4 erfasst; eine erfasste Prüfsumme wird nie ersetzt</translation>
    </message>
    <message>
        <source>Version %1 of report &quot;%2&quot; has an RFC 8785 checksum of its own: only versions that CCP-04&apos;s legacy checksum vouches for need one recorded</source>
        <translation>Version %1 des Berichts „%2“ hat eine eigene RFC-8785-Prüfsumme: Nur Versionen, für die allein die alte CCP-04-Prüfsumme bürgt, brauchen eine erfasste</translation>
    </message>
</context>
<context>
    <name>SnapshotMetadata</name>
    <message>
        <source>Invalid snapshot metadata: %1</source>
        <extracomment>%1: what is wrong with the metadata</extracomment>
        <translation>Ungültige Snapshot-Metadaten: %1</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is not one of %2</source>
        <extracomment>&quot;source&quot; is a metadata field name; %2: the allowed values (api, manual, ...)</extracomment>
        <translation>source „%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>confidence %1 is not between 0 and 1</source>
        <extracomment>&quot;confidence&quot; is a metadata field name: keep it as it is</extracomment>
        <translation>confidence %1 liegt nicht zwischen 0 und 1</translation>
    </message>
    <message>
        <source>retrievedAt is not a date of the common era</source>
        <extracomment>&quot;retrievedAt&quot; is a metadata field name: keep it as it is</extracomment>
        <translation>retrievedAt ist kein Datum unserer Zeitrechnung</translation>
    </message>
    <message>
        <source>processingTime must be a non-negative number of milliseconds</source>
        <extracomment>&quot;processingTime&quot; is a metadata field name: keep it as it is</extracomment>
        <translation>processingTime muss eine nicht negative Anzahl von Millisekunden sein</translation>
    </message>
</context>
<context>
    <name>SnapshotStore</name>
    <message>
        <source>A report id has 1 to %1 characters and no NUL character</source>
        <translation>Eine Berichts-ID hat 1 bis %1 Zeichen und kein NUL-Zeichen</translation>
    </message>
    <message>
        <source>Reading version %1 of report &quot;%2&quot;</source>
        <translation>Lesen der Version %1 des Berichts „%2“</translation>
    </message>
    <message>
        <source>Reading the active version of report &quot;%1&quot;</source>
        <translation>Lesen der aktiven Version des Berichts „%1“</translation>
    </message>
    <message>
        <source>the active version</source>
        <extracomment>Where a JSON parse error is: in the stored active version of a report</extracomment>
        <translation>die aktive Version</translation>
    </message>
    <message>
        <source>the document for report &quot;%1&quot;</source>
        <extracomment>Where a JSON parse error is: in the document given for a new version of a report</extracomment>
        <translation>das Dokument für den Bericht „%1“</translation>
    </message>
    <message>
        <source>Creating a new version of report &quot;%1&quot;</source>
        <translation>Erstellen einer neuen Version des Berichts „%1“</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot; changed meanwhile: expected active version %2, actual %3. Reload it and apply the change again.</source>
        <translation>Bericht „%1“ wurde inzwischen geändert: erwartete aktive Version %2, tatsächlich %3. Laden Sie ihn neu und wenden Sie die Änderung erneut an.</translation>
    </message>
    <message>
        <source>There is no report &quot;%1&quot;</source>
        <translation>Es gibt keinen Bericht „%1“</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot; has no version %2 (it has %3 versions)</source>
        <translation>Bericht „%1“ hat keine Version %2 (er hat %3 Versionen)</translation>
    </message>
    <message>
        <source>Report &quot;%1&quot; has no active version</source>
        <translation>Bericht „%1“ hat keine aktive Version</translation>
    </message>
    <message>
        <source>A history page holds 1 to %1 versions from a non-negative offset</source>
        <translation>Eine Seite des Verlaufs umfasst 1 bis %1 Versionen ab einem nicht negativen Offset</translation>
    </message>
    <message>
        <source>Reading the history of report &quot;%1&quot;</source>
        <translation>Lesen des Verlaufs des Berichts „%1“</translation>
    </message>
</context>
<context>
    <name>SqlErrors</name>
    <message>
        <source>%1 was refused: %2</source>
        <extracomment>%1: what was being done, %2: the database&apos;s explanation</extracomment>
        <translation>%1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 failed: the connection to the database was lost (%2)</source>
        <extracomment>%1: what was being done, %2: the database&apos;s explanation</extracomment>
        <translation>%1 fehlgeschlagen: die Verbindung zur Datenbank wurde unterbrochen (%2)</translation>
    </message>
    <message>
        <source>%1 failed: the database is busy (%2); try again</source>
        <extracomment>%1: what was being done, %2: the database&apos;s explanation</extracomment>
        <translation>%1 fehlgeschlagen: die Datenbank ist belegt (%2); versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1: what was being done (e.g. &quot;Reading version 3 of report &quot;r1&quot;&quot;), %2: the database&apos;s explanation</extracomment>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 was refused: your database role lacks the privilege (%2)</source>
        <extracomment>%1: what was being done, %2: the database&apos;s explanation (e.g. &quot;permission denied for table reports&quot;)</extracomment>
        <translation>%1 abgelehnt: Ihrer Datenbankrolle fehlt das Recht (%2)</translation>
    </message>
</context>
<context>
    <name>StoreQuery</name>
    <message>
        <source>version %1 of report &quot;%2&quot;</source>
        <extracomment>Part of a message such as &quot;Reading ... failed: verified version 3 of report &quot;r1&quot; does not parse&quot;</extracomment>
        <translation>Version %1 des Berichts „%2“</translation>
    </message>
</context>
<context>
    <name>StoredDiff</name>
    <message>
        <source>the stored diff does not apply to the parent: %1</source>
        <extracomment>%1: why an RFC 6902 patch cannot be applied</extracomment>
        <translation>der gespeicherte Diff lässt sich nicht auf den Vorgänger anwenden: %1</translation>
    </message>
    <message>
        <source>the parent with the stored diff applied hashes to %1, not to the stored checksum</source>
        <extracomment>%1: a SHA-256 checksum</extracomment>
        <translation>der Vorgänger mit angewendetem gespeichertem Diff ergibt den Hash %1, nicht die gespeicherte Prüfsumme</translation>
    </message>
</context>
<context>
    <name>VersionActionDialog</name>
    <message>
        <source>v%1 (%2, by %3)</source>
        <translation>v%1 (%2, von %3)</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Gespeicherter Wert</translation>
    </message>
    <message>
        <source>Proven original</source>
        <translation>Nachgewiesenes Original</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>One altered path of a repair: %1 the JSON Pointer, %2 the stored value, %3 the proven original</extracomment>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Browse, compare, verify and roll back versioned JSON snapshots.</source>
        <translation>Versionierte JSON-Snapshots ansehen, vergleichen, prüfen und zurücksetzen.</translation>
    </message>
    <message>
        <source>A SQLite file or a postgresql:// URL to open.</source>
        <translation>Eine zu öffnende SQLite-Datei oder postgresql://-URL.</translation>
    </message>
    <message>
        <source>Open the demo database (created on first use).</source>
        <translation>Die Demo-Datenbank öffnen (wird bei der ersten Verwendung erstellt).</translation>
    </message>
</context>
<context>
    <name>sa::ui::ActivityModel</name>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgesetzt</translation>
    </message>
    <message>
        <source>deprecated</source>
        <translation>als veraltet markiert</translation>
    </message>
    <message>
        <source>v%1 → v%2</source>
        <translation>v%1 → v%2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>repaired</source>
        <translation>repariert</translation>
    </message>
    <message>
        <source>checksum recorded</source>
        <translation>Prüfsumme erfasst</translation>
    </message>
</context>
<context>
    <name>sa::ui::ActivityPanel</name>
    <message>
        <source>Only the report shown</source>
        <translation>Nur den angezeigten Bericht</translation>
    </message>
</context>
<context>
    <name>sa::ui::AuditPanel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>&amp;Start Audit</source>
        <translation>&amp;Prüfung starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>Prüf&amp;bericht exportieren …</translation>
    </message>
    <message>
        <source>Check every snapshot&apos;s checksum and size, and every report&apos;s versions, parents and active version (Ctrl+Shift+A)</source>
        <translation>Prüfsumme und Größe jedes Snapshots sowie Versionen, Vorgängerversionen und aktive Version jedes Berichts prüfen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <source>Save the last audit as PDF (to sign), HTML, CSV or JSON</source>
        <translation>Die letzte Prüfung als PDF (zum Unterschreiben), HTML, CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>All kinds of problem</source>
        <translation>Alle Problemarten</translation>
    </message>
    <message>
        <source>Show only one kind of problem</source>
        <translation>Nur eine Problemart anzeigen</translation>
    </message>
    <message>
        <source>%v of %m reports</source>
        <translation>%v von %m Berichten</translation>
    </message>
    <message>
        <source>Auditing %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>A filter entry: %1 the kind of problem (&quot;Checksum mismatch&quot;), %2 its code, %3 how many were found</extracomment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 · about %2 left</source>
        <extracomment>%1: throughput (&quot;12.5 MB/s&quot;), %2: time left (&quot;3 s&quot;, &quot;2 min 5 s&quot;)</extracomment>
        <translation>%1 · noch etwa %2</translation>
    </message>
    <message>
        <source>Audit cancelled; %1 found until then.</source>
        <extracomment>%1: the number of problems found before the audit was cancelled</extracomment>
        <translation>Prüfung abgebrochen; bis dahin %1 gefunden.</translation>
    </message>
    <message>
        <source>1 problem</source>
        <translation>1 Problem</translation>
    </message>
    <message>
        <source>%1 problems</source>
        <translation>%1 Probleme</translation>
    </message>
    <message>
        <source>The audit failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>HTML page (*.html)</source>
        <translation>HTML-Seite (*.html)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Audit Report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>Der Prüfbericht wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1. Saved as %2.</source>
        <translation>%1. Gespeichert als %2.</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <source>Checks every snapshot of the database against its SHA-256 checksum, its size and its link in the report&apos;s hash chain, and every report&apos;s version sequence, parent chain and active version against the activity log.</source>
        <translation>Prüft jeden Snapshot der Datenbank gegen seine SHA-256-Prüfsumme, seine Größe und sein Glied in der Hash-Kette des Berichts, und die Versionsfolge, die Vorgängerkette und die aktive Version jedes Berichts gegen das Aktivitätsprotokoll.</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>Record &amp;Repair…</source>
        <translation>&amp;Reparatur erfassen …</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Select a CHECKSUM_MISMATCH or TAMPERED_PATHS problem first</source>
        <translation>Wählen Sie zuerst ein Problem CHECKSUM_MISMATCH oder TAMPERED_PATHS aus</translation>
    </message>
    <message>
        <source>Only a version whose payload fails its checksum (CHECKSUM_MISMATCH, TAMPERED_PATHS) can be repaired</source>
        <translation>Nur eine Version, deren Nutzdaten ihre Prüfsumme nicht erfüllen (CHECKSUM_MISMATCH, TAMPERED_PATHS), kann repariert werden</translation>
    </message>
    <message>
        <source>A repair of this version is recorded already</source>
        <translation>Für diese Version ist bereits eine Reparatur erfasst</translation>
    </message>
    <message>
        <source>Prove the selected version&apos;s original from its parent and its stored changes, and record it as the version&apos;s repair</source>
        <translation>Das Original der ausgewählten Version aus ihrer Vorgängerversion und ihren gespeicherten Änderungen nachweisen und als Reparatur der Version erfassen</translation>
    </message>
    <message>
        <source>The repair of %1 v%2 is recorded. Start the audit again to check the database as it is now.</source>
        <translation>Die Reparatur von %1 v%2 ist erfasst. Starten Sie die Prüfung erneut, um die Datenbank in ihrem jetzigen Zustand zu prüfen.</translation>
    </message>
    <message>
        <source>Not verifiable on this database:</source>
        <translation>Auf dieser Datenbank nicht prüfbar:</translation>
    </message>
</context>
<context>
    <name>sa::ui::AuditProblemModel</name>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>%1 (repair recorded)</source>
        <extracomment>%1: the kind of problem (&quot;Checksum mismatch&quot;) of a version repaired after the audit</extracomment>
        <translation>%1 (Reparatur erfasst)</translation>
    </message>
    <message>
        <source>A repair of this version was recorded after the audit.</source>
        <translation>Nach der Prüfung wurde eine Reparatur dieser Version erfasst.</translation>
    </message>
</context>
<context>
    <name>sa::ui::ChangeOverview</name>
    <message>
        <source>Changes in the whole document: click a mark to go there</source>
        <translation>Änderungen im gesamten Dokument: Klicken Sie auf eine Markierung, um dorthin zu springen</translation>
    </message>
</context>
<context>
    <name>sa::ui::CompareView</name>
    <message>
        <source>Previous change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Expand all changes</source>
        <translation>Alle Änderungen aufklappen</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Only changes</source>
        <translation>Nur Änderungen</translation>
    </message>
    <message>
        <source>Hide the rows that did not change</source>
        <translation>Unveränderte Zeilen ausblenden</translation>
    </message>
    <message>
        <source>Export as JSON Patch…</source>
        <translation>Als JSON Patch exportieren …</translation>
    </message>
    <message>
        <source>Export JSON Patch</source>
        <translation>JSON Patch exportieren</translation>
    </message>
    <message>
        <source>JSON Patch (*.json-patch *.json)</source>
        <translation>JSON Patch (*.json-patch *.json)</translation>
    </message>
    <message>
        <source>Export as HTML report…</source>
        <translation>Als HTML-Bericht exportieren …</translation>
    </message>
    <message>
        <source>Export HTML report</source>
        <translation>HTML-Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop comparing and keep the comparison shown before</source>
        <translation>Vergleich abbrechen und den zuvor angezeigten Vergleich beibehalten</translation>
    </message>
    <message>
        <source>Select a row to see its JSON Pointer</source>
        <translation>Wählen Sie eine Zeile aus, um ihren JSON Pointer zu sehen</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleich läuft …</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Old version</source>
        <translation>Alte Version</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <source>The two versions are identical</source>
        <translation>Die beiden Versionen sind identisch</translation>
    </message>
    <message>
        <source>+%1 added</source>
        <translation>+%1 hinzugefügt</translation>
    </message>
    <message>
        <source>~%1 modified</source>
        <translation>~%1 geändert</translation>
    </message>
    <message>
        <source>−%1 deleted</source>
        <translation>−%1 gelöscht</translation>
    </message>
    <message>
        <source>↔%1 moved</source>
        <translation>↔%1 verschoben</translation>
    </message>
    <message>
        <source>≠%1 of them type changes</source>
        <translation>≠%1 davon Typänderungen</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Änderung %1 von %2</translation>
    </message>
    <message>
        <source>wrapped to the first</source>
        <translation>am Anfang fortgesetzt</translation>
    </message>
    <message>
        <source>wrapped to the last</source>
        <translation>am Ende fortgesetzt</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>sa::ui::ConnectionBanner</name>
    <message>
        <source>Retry &amp;Now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>&lt;b&gt;The connection to the database was lost.&lt;/b&gt; Reconnecting automatically… Your place is kept. (%1)</source>
        <translation>&lt;b&gt;Die Verbindung zur Datenbank wurde unterbrochen.&lt;/b&gt; Die Verbindung wird automatisch wiederhergestellt … Ihre aktuelle Position bleibt erhalten. (%1)</translation>
    </message>
</context>
<context>
    <name>sa::ui::ConnectionDialog</name>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Open &amp;read-only (auditing: nothing can be changed)</source>
        <translation>Sch&amp;reibgeschützt öffnen (Prüfmodus: nichts kann geändert werden)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect to PostgreSQL</source>
        <translation>Mit PostgreSQL verbinden</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>role name (default: your login)</source>
        <translation>Rollenname (Standard: Ihr Anmeldename)</translation>
    </message>
    <message>
        <source>verify-full checks the server&apos;s certificate and host name against the CA file</source>
        <translation>verify-full prüft das Zertifikat und den Hostnamen des Servers anhand der CA-Datei</translation>
    </message>
    <message>
        <source>CA certificate for verify-ca / verify-full</source>
        <translation>CA-Zertifikat für verify-ca / verify-full</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>&amp;Save as profile…</source>
        <translation>&amp;Als Profil speichern …</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <source>CA &amp;file:</source>
        <translation>&amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Connected as %1: %2</source>
        <translation>Verbunden als %1: %2</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No system keychain is available (%1). The password will be asked for each time and is never written to a file.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar (%1). Das Passwort wird jedes Mal abgefragt und niemals in eine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>sa::ui::DatabaseSession</name>
    <message>
        <source>Auditing the database</source>
        <translation>Prüfen der Datenbank</translation>
    </message>
    <message>
        <source>This CCP-04 database is open read-only: Snapshot Auditor changes it only after an admin upgrades it</source>
        <translation>Diese CCP-04-Datenbank ist schreibgeschützt geöffnet: Snapshot Auditor ändert sie erst, nachdem ein Admin sie aktualisiert hat</translation>
    </message>
    <message>
        <source>The database is open read-only (auditing)</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet (Prüfmodus)</translation>
    </message>
</context>
<context>
    <name>sa::ui::DiffTreeModel</name>
    <message>
        <source>%1 · unchanged</source>
        <translation>%1 · unverändert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
</context>
<context>
    <name>sa::ui::HistoryModel</name>
    <message>
        <source>SHA-256 of the canonical JSON: %1</source>
        <translation>SHA-256 des kanonischen JSON: %1</translation>
    </message>
    <message>
        <source>Deprecated %1: %2</source>
        <translation>Als veraltet markiert am %1: %2</translation>
    </message>
    <message>
        <source>Since the version it was made from: %1 added, %2 modified, %3 deleted, %4 moved</source>
        <translation>Seit der Ausgangsversion: %1 hinzugefügt, %2 geändert, %3 gelöscht, %4 verschoben</translation>
    </message>
    <message>
        <source>● active</source>
        <translation>● aktiv</translation>
    </message>
    <message>
        <source>⊘ deprecated</source>
        <translation>⊘ veraltet</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>erste Version</translation>
    </message>
</context>
<context>
    <name>sa::ui::HistorySearchPanel</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Step through on the time line</source>
        <translation>In der Zeitleiste durchlaufen</translation>
    </message>
    <message>
        <source>Versions where the field changed</source>
        <translation>Versionen, in denen sich das Feld geändert hat</translation>
    </message>
    <message>
        <source>Versions that added or removed the text</source>
        <translation>Versionen, die den Text hinzugefügt oder entfernt haben</translation>
    </message>
    <message>
        <source>JSON Pointer, e.g. /owners/0/name</source>
        <translation>JSON Pointer, z. B. /owners/0/name</translation>
    </message>
    <message>
        <source>The time-line slider then stops only at the versions found</source>
        <translation>Der Schieberegler der Zeitleiste hält dann nur bei den gefundenen Versionen an</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Text, e.g. Coastal</source>
        <translation>Text, z. B. Coastal</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Searching the history of %1…</source>
        <translation>Verlauf von %1 wird durchsucht …</translation>
    </message>
    <message>
        <source>1 version found</source>
        <translation>1 Version gefunden</translation>
    </message>
    <message>
        <source>%1 versions found</source>
        <translation>%1 Versionen gefunden</translation>
    </message>
    <message>
        <source>added (%1 → %2 places)</source>
        <translation>hinzugefügt (%1 → %2 Stellen)</translation>
    </message>
    <message>
        <source>removed (%1 → %2 places)</source>
        <translation>entfernt (%1 → %2 Stellen)</translation>
    </message>
</context>
<context>
    <name>sa::ui::JsonTreeModel</name>
    <message>
        <source>(document)</source>
        <translation>(Dokument)</translation>
    </message>
    <message>
        <source>The whole document</source>
        <translation>Das gesamte Dokument</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>sa::ui::MainWindow</name>
    <message>
        <source>Snapshot Auditor</source>
        <translation>Snapshot Auditor</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>D&amp;okument</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Open &amp;Demo Database</source>
        <translation>&amp;Demo-Datenbank öffnen</translation>
    </message>
    <message>
        <source>&amp;Open SQLite File…</source>
        <translation>SQLite-Datei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Connect to PostgreSQL…</source>
        <translation>Mit &amp;PostgreSQL verbinden …</translation>
    </message>
    <message>
        <source>&amp;Close Database</source>
        <translation>Datenbank &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Find in Version…</source>
        <translation>In Version &amp;suchen …</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Previous Version</source>
        <translation>&amp;Vorherige Version</translation>
    </message>
    <message>
        <source>&amp;Next Version</source>
        <translation>&amp;Nächste Version</translation>
    </message>
    <message>
        <source>Filter &amp;Reports</source>
        <translation>&amp;Berichte filtern</translation>
    </message>
    <message>
        <source>Compare with &amp;Active Version</source>
        <translation>Mit &amp;aktiver Version vergleichen</translation>
    </message>
    <message>
        <source>Compare with &amp;Previous Version</source>
        <translation>Mit &amp;vorheriger Version vergleichen</translation>
    </message>
    <message>
        <source>Compare the Two &amp;Selected Versions</source>
        <translation>Die &amp;beiden ausgewählten Versionen vergleichen</translation>
    </message>
    <message>
        <source>Show Version Active &amp;As Of…</source>
        <translation>Zu einem &amp;Zeitpunkt aktive Version anzeigen …</translation>
    </message>
    <message>
        <source>&amp;History of Selected Field</source>
        <translation>Verlauf des ausgewählten &amp;Felds</translation>
    </message>
    <message>
        <source>Search &amp;History…</source>
        <translation>Verlauf &amp;durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Roll Back to This Version…</source>
        <translation>&amp;Zurücksetzen auf diese Version …</translation>
    </message>
    <message>
        <source>&amp;Deprecate This Version…</source>
        <translation>Diese Version als &amp;veraltet markieren …</translation>
    </message>
    <message>
        <source>&amp;About Snapshot Auditor</source>
        <translation>Ü&amp;ber Snapshot Auditor</translation>
    </message>
    <message>
        <source>About Snapshot Auditor</source>
        <translation>Über Snapshot Auditor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Snapshot Auditor %1&lt;/h3&gt;&lt;p&gt;Browse, compare, verify and roll back immutable, versioned JSON snapshots stored in SQLite or PostgreSQL.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Snapshot Auditor %1&lt;/h3&gt;&lt;p&gt;Unveränderliche, versionierte JSON-Snapshots in SQLite oder PostgreSQL ansehen, vergleichen, prüfen und zurücksetzen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>V&amp;ersion</source>
        <translation>V&amp;ersion</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Activity Log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Search History</source>
        <translation>Verlaufssuche</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>No database is open</source>
        <translation>Keine Datenbank geöffnet</translation>
    </message>
    <message>
        <source>Select a version in the history first</source>
        <translation>Wählen Sie zuerst eine Version im Verlauf aus</translation>
    </message>
    <message>
        <source>This version is the active one</source>
        <translation>Diese Version ist die aktive Version</translation>
    </message>
    <message>
        <source>Connection restored.</source>
        <translation>Verbindung wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>Open Snapshot Database</source>
        <translation>Snapshot-Datenbank öffnen</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Creating the demo database…</source>
        <translation>Demo-Datenbank wird erstellt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>Demo-Datenbank</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>%1 — Snapshot Auditor</source>
        <translation>%1 — Snapshot Auditor</translation>
    </message>
    <message>
        <source>Loading v%1 and v%2…</source>
        <translation>v%1 und v%2 werden geladen …</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>v%1 · %2 · %3</source>
        <translation>v%1 · %2 · %3</translation>
    </message>
    <message>
        <source>The selected version is the active one.</source>
        <translation>Die ausgewählte Version ist die aktive Version.</translation>
    </message>
    <message>
        <source>v1 has no previous version.</source>
        <translation>v1 hat keine vorherige Version.</translation>
    </message>
    <message>
        <source>Select exactly two versions in the history (Ctrl+click).</source>
        <translation>Wählen Sie im Verlauf genau zwei Versionen aus (Strg+Klick).</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Aktive Version zum Zeitpunkt</translation>
    </message>
    <message>
        <source>%1 had no version yet at %2.</source>
        <translation>%1 hatte zum Zeitpunkt %2 noch keine Version.</translation>
    </message>
    <message>
        <source>v%1 was active at %2 (since %3, by %4).</source>
        <translation>v%1 war zum Zeitpunkt %2 aktiv (seit %3, von %4).</translation>
    </message>
    <message>
        <source>Co&amp;mparison</source>
        <comment>tab</comment>
        <translation>Ver&amp;gleich</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <comment>tab</comment>
        <translation>Prü&amp;fung</translation>
    </message>
    <message>
        <source>&amp;Audit Database…</source>
        <translation>Datenbank &amp;prüfen …</translation>
    </message>
    <message>
        <source>Verify every snapshot and report of the database</source>
        <translation>Alle Snapshots und Berichte der Datenbank prüfen</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Updated by %1: %2 v%3</source>
        <extracomment>A note in the status bar; %1: a login, %2: a report id, %3: a version number</extracomment>
        <translation>Geändert von %1: %2 v%3</translation>
    </message>
    <message>
        <source>This database was written by the CCP-04 service. Snapshot Auditor reads it without changing anything; its checksums are verified with CCP-04&apos;s legacy algorithm, which covers only part of each document.</source>
        <translation>Diese Datenbank wurde vom CCP-04-Dienst geschrieben. Snapshot Auditor liest sie, ohne etwas zu ändern; ihre Prüfsummen werden mit dem alten Verfahren von CCP-04 geprüft, das nur einen Teil jedes Dokuments abdeckt.</translation>
    </message>
    <message>
        <source>&amp;Upgrade CCP-04 Database…</source>
        <translation>CCP-04-Datenbank &amp;aktualisieren…</translation>
    </message>
    <message>
        <source>Give a database written by the CCP-04 service Snapshot Auditor&apos;s schema</source>
        <translation>Einer vom CCP-04-Dienst geschriebenen Datenbank das Schema von Snapshot Auditor geben</translation>
    </message>
    <message>
        <source>The database was opened read-only (auditing): nothing can be changed</source>
        <translation>Die Datenbank wurde schreibgeschützt geöffnet (Prüfung): Nichts kann geändert werden</translation>
    </message>
    <message>
        <source>Upgrading %1…</source>
        <translation>%1 wird aktualisiert…</translation>
    </message>
    <message>
        <source>The upgrade failed; the database was left as it was</source>
        <translation>Das Upgrade ist fehlgeschlagen; die Datenbank blieb, wie sie war</translation>
    </message>
    <message>
        <source>%1 now has Snapshot Auditor&apos;s schema (version %2)</source>
        <extracomment>%1: the database, %2: a schema version number</extracomment>
        <translation>%1 hat jetzt das Schema von Snapshot Auditor (Version %2)</translation>
    </message>
    <message>
        <source>The repair of %1 v%2 is recorded.</source>
        <translation>Die Reparatur von %1 v%2 ist erfasst.</translation>
    </message>
    <message>
        <source>CCP-04 database, read-only</source>
        <translation>CCP-04-Datenbank, schreibgeschützt</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>sa::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Snapshot Auditor uses the new language the next time it starts.</source>
        <translation>Snapshot Auditor verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>sa::ui::ReportListModel</name>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>The last integrity audit found 1 problem in this report</source>
        <translation>Die letzte Integritätsprüfung hat in diesem Bericht 1 Problem gefunden</translation>
    </message>
    <message>
        <source>The last integrity audit found %1 problems in this report</source>
        <translation>Die letzte Integritätsprüfung hat in diesem Bericht %1 Probleme gefunden</translation>
    </message>
</context>
<context>
    <name>sa::ui::ReportsPanel</name>
    <message>
        <source>Filter reports by id (Ctrl+L)</source>
        <translation>Berichte nach ID filtern (Strg+L)</translation>
    </message>
    <message>
        <source>1 report</source>
        <translation>1 Bericht</translation>
    </message>
    <message>
        <source>%1 reports</source>
        <translation>%1 Berichte</translation>
    </message>
</context>
<context>
    <name>sa::ui::StartPage</name>
    <message>
        <source>Snapshot Auditor</source>
        <translation>Snapshot Auditor</translation>
    </message>
    <message>
        <source>Browse, compare, verify and roll back versioned JSON snapshots.</source>
        <translation>Versionierte JSON-Snapshots ansehen, vergleichen, prüfen und zurücksetzen.</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Demo-Datenbank öffnen</translation>
    </message>
    <message>
        <source>A generated SQLite database with realistic parcel reports, their history, a rollback and a deprecation.</source>
        <translation>Eine generierte SQLite-Datenbank mit realistischen Flurstücksberichten samt Verlauf, einem Zurücksetzen (Rollback) und einer als veraltet markierten Version.</translation>
    </message>
    <message>
        <source>Open a SQLite file…</source>
        <translation>SQLite-Datei öffnen …</translation>
    </message>
    <message>
        <source>A snapshot database on this computer.</source>
        <translation>Eine Snapshot-Datenbank auf diesem Computer.</translation>
    </message>
    <message>
        <source>Connect to PostgreSQL…</source>
        <translation>Mit PostgreSQL verbinden …</translation>
    </message>
    <message>
        <source>A shared database for a team of auditors.</source>
        <translation>Eine gemeinsame Datenbank für ein Team von Prüfern.</translation>
    </message>
    <message>
        <source>&amp;Recent connections</source>
        <translation>&amp;Zuletzt verwendete Verbindungen</translation>
    </message>
    <message>
        <source>No recent connections yet</source>
        <translation>Noch keine zuletzt verwendeten Verbindungen</translation>
    </message>
</context>
<context>
    <name>sa::ui::TimelineSlider</name>
    <message>
        <source>Version time line</source>
        <translation>Zeitleiste der Versionen</translation>
    </message>
    <message numerus="yes">
        <source>v%1 · %2 · %n change(s)</source>
        <translation>
            <numerusform>v%1 · %2 · %n Änderung</numerusform>
            <numerusform>v%1 · %2 · %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No versions</source>
        <translation>Keine Versionen</translation>
    </message>
    <message numerus="yes">
        <source>stepping through %n version(s) that changed the field</source>
        <translation>
            <numerusform>durchläuft %n Version, die das Feld geändert hat</numerusform>
            <numerusform>durchläuft %n Versionen, die das Feld geändert haben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sa::ui::VersionActionDialog</name>
    <message>
        <source>Roll back %1 to v%2</source>
        <translation>%1 auf v%2 zurücksetzen</translation>
    </message>
    <message>
        <source>&lt;p&gt;The active version %1 will be deactivated and %2 will become active again. Nothing is deleted; the rollback is recorded in the activity log with your name and reason.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die aktive Version %1 wird deaktiviert und %2 wird wieder aktiv. Es wird nichts gelöscht; das Zurücksetzen wird mit Ihrem Namen und Ihrer Begründung im Aktivitätsprotokoll festgehalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The document changes by &lt;b&gt;&lt;span style=&apos;color:#0072B2&apos;&gt;+%1 added&lt;/span&gt; · &lt;span style=&apos;color:#B8860B&apos;&gt;~%2 modified&lt;/span&gt; · &lt;span style=&apos;color:#D55E00&apos;&gt;−%3 deleted&lt;/span&gt;&lt;/b&gt;%4 &amp;nbsp; &lt;a href=&apos;compare&apos;&gt;Show the full comparison…&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Änderungen am Dokument: &lt;b&gt;&lt;span style=&apos;color:#0072B2&apos;&gt;+%1 hinzugefügt&lt;/span&gt; · &lt;span style=&apos;color:#B8860B&apos;&gt;~%2 geändert&lt;/span&gt; · &lt;span style=&apos;color:#D55E00&apos;&gt;−%3 gelöscht&lt;/span&gt;&lt;/b&gt;%4 &amp;nbsp; &lt;a href=&apos;compare&apos;&gt;Vollständigen Vergleich anzeigen …&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source> · ↔%1 moved</source>
        <translation> · ↔%1 verschoben</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;v%1 was deprecated&lt;/b&gt;: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;v%1 wurde als veraltet markiert&lt;/b&gt;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Deprecate v%1 of %2</source>
        <translation>v%1 von %2 als veraltet markieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 will be marked deprecated: it stays in the history, unchanged, but readers are told not to rely on it, and it is not rolled back to without a second confirmation. A deprecation cannot be undone and is recorded in the activity log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 wird als veraltet markiert: Die Version bleibt unverändert im Verlauf, aber Leser werden darauf hingewiesen, sich nicht auf sie zu verlassen, und ein Zurücksetzen auf sie ist nur nach einer zweiten Bestätigung möglich. Die Markierung als veraltet kann nicht rückgängig gemacht werden und wird im Aktivitätsprotokoll festgehalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Why? (required; kept in the activity log)</source>
        <translation>Warum? (erforderlich; wird im Aktivitätsprotokoll gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Roll Back</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Deprecate</source>
        <translation>Als &amp;veraltet markieren</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Type &amp;%1 to confirm:</source>
        <translation>Zur Bestätigung &amp;%1 eingeben:</translation>
    </message>
    <message>
        <source>Re-activate this deprecated version anyway</source>
        <translation>Diese veraltete Version trotzdem wieder aktivieren</translation>
    </message>
    <message>
        <source>Someone changed this report meanwhile. Reload it to see the current state, then decide again.</source>
        <translation>Jemand hat diesen Bericht inzwischen geändert. Laden Sie ihn neu, um den aktuellen Stand zu sehen, und entscheiden Sie dann erneut.</translation>
    </message>
    <message>
        <source>Record Repair of v%1 of %2</source>
        <translation>Reparatur von v%1 von %2 erfassen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;The stored document of %1 does not match its checksum. Its parent %2 with the changes stored for v%3 does: that is the original. Recording the repair makes reads of v%3 return the original, marked as repaired; the damaged row stays as it is, as evidence, and the repair is recorded in the activity log with your name and reason.&lt;/p&gt;&lt;p&gt;%n path(s) were altered:&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Das gespeicherte Dokument von %1 entspricht nicht seiner Prüfsumme. Seine Vorgängerversion %2 mit den für v%3 gespeicherten Änderungen entspricht ihr: Das ist das Original. Nach dem Erfassen der Reparatur liefert das Lesen von v%3 das Original, als repariert gekennzeichnet; die beschädigte Zeile bleibt als Beweis unverändert, und die Reparatur wird mit Ihrem Namen und Ihrer Begründung im Aktivitätsprotokoll festgehalten.&lt;/p&gt;&lt;p&gt;%n Pfad wurde verändert:&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Das gespeicherte Dokument von %1 entspricht nicht seiner Prüfsumme. Seine Vorgängerversion %2 mit den für v%3 gespeicherten Änderungen entspricht ihr: Das ist das Original. Nach dem Erfassen der Reparatur liefert das Lesen von v%3 das Original, als repariert gekennzeichnet; die beschädigte Zeile bleibt als Beweis unverändert, und die Reparatur wird mit Ihrem Namen und Ihrer Begründung im Aktivitätsprotokoll festgehalten.&lt;/p&gt;&lt;p&gt;%n Pfade wurden verändert:&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Record Repair</source>
        <translation>&amp;Reparatur erfassen</translation>
    </message>
</context>
<context>
    <name>sa::ui::VersionView</name>
    <message>
        <source>Find in this version (Ctrl+F): member names and values</source>
        <translation>In dieser Version suchen (Strg+F): Schlüssel und Werte</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Loading v%1…</source>
        <translation>v%1 wird geladen …</translation>
    </message>
    <message>
        <source>No version selected</source>
        <translation>Keine Version ausgewählt</translation>
    </message>
    <message>
        <source>Viewing v%1 of %2 · active: v%3 · %4 by %5</source>
        <translation>Angezeigt: v%1 von %2 · aktiv: v%3 · %4 von %5</translation>
    </message>
    <message>
        <source> · deprecated: %1</source>
        <translation> · veraltet: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Copy JSON &amp;Pointer</source>
        <translation>JSON &amp;Pointer kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Value as JSON</source>
        <translation>&amp;Wert als JSON kopieren</translation>
    </message>
    <message>
        <source>&amp;History of this field…</source>
        <translation>&amp;Verlauf dieses Felds …</translation>
    </message>
    <message>
        <source>&amp;Expand all below</source>
        <translation>Alles darunter &amp;aufklappen</translation>
    </message>
    <message>
        <source> · CCP-04 legacy checksum: covers %1 of %2 values</source>
        <extracomment>%1 and %2: numbers of values in the document</extracomment>
        <translation> · alte CCP-04-Prüfsumme: deckt %1 von %2 Werten ab</translation>
    </message>
    <message>
        <source> · REPAIRED: the stored row is damaged; showing the repair %1 recorded on %2</source>
        <extracomment>%1: who recorded the repair, %2: when</extracomment>
        <translation> · REPARIERT: Die gespeicherte Zeile ist beschädigt; angezeigt wird die Reparatur, die %1 am %2 erfasst hat</translation>
    </message>
    <message>
        <source> · CCP-04 version: full checksum recorded by %1 on %2</source>
        <extracomment>%1: who recorded the checksum, %2: when</extracomment>
        <translation> · CCP-04-Version: vollständige Prüfsumme erfasst von %1 am %2</translation>
    </message>
</context>
<context>
    <name>snapshotctl</name>
    <message>
        <source>The version to make active again.</source>
        <translation>Die Version, die wieder aktiv werden soll.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The version to deprecate.</source>
        <translation>Die Version, die als veraltet markiert werden soll.</translation>
    </message>
    <message>
        <source>Why, for the activity log (required).</source>
        <translation>Begründung für das Aktivitätsprotokoll (erforderlich).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Roll back to a version even though it was deprecated.</source>
        <translation>Auf eine Version zurücksetzen, auch wenn sie als veraltet markiert ist.</translation>
    </message>
    <message>
        <source>not on a terminal, so nobody can confirm: pass --yes to go ahead</source>
        <translation>kein Terminal, daher ist keine Bestätigung möglich: zum Fortfahren --yes angeben</translation>
    </message>
    <message>
        <source>nothing changed</source>
        <translation>nichts geändert</translation>
    </message>
    <message>
        <source>--reason is required: the activity log records why</source>
        <translation>--reason ist erforderlich: das Aktivitätsprotokoll hält die Begründung fest</translation>
    </message>
    <message>
        <source>Report %1
  active now:  %2
  make active: %3
  the document changes by: %4 added, %5 modified, %6 deleted, %7 moved
</source>
        <translation>Bericht %1
  jetzt aktiv:   %2
  künftig aktiv: %3
  Änderungen am Dokument: %4 hinzugefügt, %5 geändert, %6 gelöscht, %7 verschoben
</translation>
    </message>
    <message>
        <source>  warning: version %1 was deprecated: %2
</source>
        <translation>  Warnung: Version %1 wurde als veraltet markiert: %2
</translation>
    </message>
    <message>
        <source>Makes an earlier version of REPORT active again, in one transaction with its activity-log entry. Shows what would change and asks first; without a terminal it needs --yes. If someone changed the report after the plan was shown, nothing happens (VERSION_CONFLICT).</source>
        <translation>Macht eine frühere Version von REPORT wieder zur aktiven Version, in einer Transaktion zusammen mit dem Eintrag im Aktivitätsprotokoll. Zeigt vorher, was sich ändern würde, und fragt nach; ohne Terminal ist --yes erforderlich. Hat jemand den Bericht geändert, nachdem der Plan angezeigt wurde, geschieht nichts (VERSION_CONFLICT).</translation>
    </message>
    <message>
        <source>The report id.</source>
        <translation>Die Berichts-ID.</translation>
    </message>
    <message>
        <source>--to is required: which version to make active</source>
        <translation>--to ist erforderlich: welche Version aktiv werden soll</translation>
    </message>
    <message>
        <source>version %1 was deprecated; pass --allow-deprecated to roll back to it anyway</source>
        <translation>Version %1 wurde als veraltet markiert; mit --allow-deprecated trotzdem auf sie zurücksetzen</translation>
    </message>
    <message>
        <source>Make version %1 of %2 active?</source>
        <translation>Version %1 von %2 zur aktiven Version machen?</translation>
    </message>
    <message>
        <source>%1: version %2 is active again (was %3)
</source>
        <translation>%1: Version %2 ist wieder aktiv (vorher %3)
</translation>
    </message>
    <message>
        <source>Marks a version of REPORT deprecated, with the reason, once and for good. The active version cannot be deprecated: roll back to another version first. Asks first; without a terminal it needs --yes.</source>
        <translation>Markiert eine Version von REPORT mit Begründung als veraltet, einmalig und endgültig. Die aktive Version kann nicht als veraltet markiert werden: Setzen Sie zuerst auf eine andere Version zurück. Fragt vorher nach; ohne Terminal ist --yes erforderlich.</translation>
    </message>
    <message>
        <source>--version is required: which version to deprecate</source>
        <translation>--version ist erforderlich: welche Version als veraltet markiert werden soll</translation>
    </message>
    <message>
        <source>Deprecate version %1 of %2 for good?</source>
        <translation>Version %1 von %2 endgültig als veraltet markieren?</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1: %2
</translation>
    </message>
    <message>
        <source>Check every report in the database.</source>
        <translation>Alle Berichte der Datenbank prüfen.</translation>
    </message>
    <message>
        <source>Only reports whose id contains TEXT (ASCII case ignored).</source>
        <translation>Nur Berichte, deren ID TEXT enthält (Groß-/Kleinschreibung von ASCII-Zeichen wird ignoriert).</translation>
    </message>
    <message>
        <source>snapshotctl: verify: %1 of %2 reports, %3%</source>
        <translation>snapshotctl: verify: %1 von %2 Berichten, %3 %</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (vorher %1)</translation>
    </message>
    <message>
        <source>The report to check (or --all).</source>
        <translation>Der zu prüfende Bericht (oder --all).</translation>
    </message>
    <message>
        <source>name one REPORT or pass --all</source>
        <translation>einen REPORT nennen oder --all angeben</translation>
    </message>
    <message>
        <source>%1 reports, %2 snapshots, %3 verified: %4
</source>
        <translation>%1 Berichte, %2 Snapshots, %3 geprüft: %4
</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>fehlerfrei</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists the reports: versions, the active version and its last change.</source>
        <translation>Listet die Berichte auf: Versionen, die aktive Version und ihre letzte Änderung.</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>REPORT          VERSIONS  ACTIVE  LAST CHANGE              BY
</source>
        <translation>BERICHT        VERSIONEN   AKTIV  LETZTE ÄNDERUNG          VON
</translation>
    </message>
    <message>
        <source>%1 of %2 reports
</source>
        <translation>%1 von %2 Berichten
</translation>
    </message>
    <message>
        <source>Shows the activity log, newest first: who created, rolled back or deprecated which version, when and why. Of one REPORT, or of every report.</source>
        <translation>Zeigt das Aktivitätsprotokoll, neueste Einträge zuerst: wer welche Version wann und warum erstellt, zurückgesetzt oder als veraltet markiert hat. Für einen REPORT oder für alle Berichte.</translation>
    </message>
    <message>
        <source>The report (default: all).</source>
        <translation>Der Bericht (Standard: alle).</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>more: --offset %1
</source>
        <translation>weitere: --offset %1
</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>expected %n argument(s); see --help</source>
        <translation>
            <numerusform>%n Argument erwartet; siehe --help</numerusform>
            <numerusform>%n Argumente erwartet; siehe --help</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes a demo SQLite database to PATH: a few dozen parcel reports with dozens of versions each, edited by several people over the last months, with rollbacks and deprecations among them. PATH must not exist yet; an interrupted run leaves nothing behind.</source>
        <translation>Schreibt eine Demo-SQLite-Datenbank nach PATH: einige Dutzend Flurstücksberichte mit jeweils Dutzenden Versionen, in den letzten Monaten von mehreren Personen bearbeitet, darunter auch Zurücksetzungen und Markierungen als veraltet. PATH darf noch nicht existieren; ein abgebrochener Lauf hinterlässt nichts.</translation>
    </message>
    <message>
        <source>The new database file.</source>
        <translation>Die neue Datenbankdatei.</translation>
    </message>
    <message>
        <source>snapshotctl: demo: %1%</source>
        <translation>snapshotctl: demo: %1 %</translation>
    </message>
    <message>
        <source>%1: %2 reports, %3 versions, %4 rollbacks, %5 deprecations by %6 people
Try: snapshotctl reports --db sqlite:%1
</source>
        <translation>%1: %2 Berichte, %3 Versionen, %4 Zurücksetzungen, %5 Markierungen als veraltet von %6 Personen
Versuchen Sie: snapshotctl reports --db sqlite:%1
</translation>
    </message>
    <message>
        <source>no differences
</source>
        <translation>keine Unterschiede
</translation>
    </message>
    <message>
        <source>%1 added, %2 modified, %3 deleted, %4 moved
</source>
        <translation>%1 hinzugefügt, %2 geändert, %3 gelöscht, %4 verschoben
</translation>
    </message>
    <message>
        <source>Where the data came from: api, manual, import, migration or rollback.</source>
        <translation>Herkunft der Daten: api, manual, import, migration oder rollback.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Write nothing when a document equals the report&apos;s active version.</source>
        <translation>Nichts schreiben, wenn ein Dokument der aktiven Version des Berichts entspricht.</translation>
    </message>
    <message>
        <source>The report the documents belong to.</source>
        <translation>Der Bericht, zu dem die Dokumente gehören.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Fail with VERSION_CONFLICT unless N is the report&apos;s active version (0: the report is new).</source>
        <translation>Mit VERSION_CONFLICT abbrechen, wenn N nicht die aktive Version des Berichts ist (0: der Bericht ist neu).</translation>
    </message>
    <message>
        <source>%1: no report id: pass --report ID or give each document a &quot;reportId&quot; string member</source>
        <translation>%1: keine Berichts-ID: --report ID angeben oder jedem Dokument einen Schlüssel &quot;reportId&quot; mit einer Zeichenkette geben</translation>
    </message>
    <message>
        <source>%1: warning: the number at %2 is stored rounded from %3 to %4</source>
        <translation>%1: Warnung: die Zahl unter %2 wird von %3 auf %4 gerundet gespeichert</translation>
    </message>
    <message>
        <source>%1: created version %2 (%3, checksum %4)</source>
        <translation>%1: Version %2 erstellt (%3, Prüfsumme %4)</translation>
    </message>
    <message>
        <source>%1: unchanged, version %2 is already this document</source>
        <translation>%1: unverändert, Version %2 enthält bereits dieses Dokument</translation>
    </message>
    <message>
        <source>&lt;stdin&gt;</source>
        <translation>&lt;Standardeingabe&gt;</translation>
    </message>
    <message>
        <source>%1 holds no .json files</source>
        <translation>%1 enthält keine .json-Dateien</translation>
    </message>
    <message>
        <source>snapshotctl: import: %1 of %2 documents</source>
        <translation>snapshotctl: import: %1 von %2 Dokumenten</translation>
    </message>
    <message>
        <source>Stores FILE as the next version of REPORT and makes it the active version. The document is validated (RFC 8259 and I-JSON), canonicalised (RFC 8785) and checksummed; a document that is refused writes nothing.</source>
        <translation>Speichert FILE als nächste Version von REPORT und macht sie zur aktiven Version. Das Dokument wird geprüft (RFC 8259 und I-JSON), kanonisiert (RFC 8785) und mit einer Prüfsumme versehen; bei einem abgelehnten Dokument wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>The report id (1 to 64 characters).</source>
        <translation>Die Berichts-ID (1 bis 64 Zeichen).</translation>
    </message>
    <message>
        <source>The JSON document, or - for standard input.</source>
        <translation>Das JSON-Dokument oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>--expected-version must be 0 or more</source>
        <translation>--expected-version muss 0 oder größer sein</translation>
    </message>
    <message>
        <source>Stores documents as new versions: a JSON file (report id: --report or the file&apos;s base name), a folder of JSON files (one report per file name), or NDJSON from standard input (-) or a .ndjson file (report id: --report or each document&apos;s &quot;reportId&quot; member). Each document is written in its own transaction; a refused document writes nothing, is named with its file and line, and the import goes on with the next one. Exit code 2 when any document was refused.</source>
        <translation>Speichert Dokumente als neue Versionen: eine JSON-Datei (Berichts-ID: --report oder der Basisname der Datei), einen Ordner mit JSON-Dateien (ein Bericht pro Dateiname) oder NDJSON von der Standardeingabe (-) bzw. aus einer .ndjson-Datei (Berichts-ID: --report oder der Schlüssel &quot;reportId&quot; jedes Dokuments). Jedes Dokument wird in einer eigenen Transaktion geschrieben; bei einem abgelehnten Dokument wird nichts geschrieben, es wird mit Datei und Zeile genannt, und der Import wird mit dem nächsten fortgesetzt. Exit-Status 2, wenn ein Dokument abgelehnt wurde.</translation>
    </message>
    <message>
        <source>A JSON file, a folder, an NDJSON file, or - for NDJSON on standard input.</source>
        <translation>Eine JSON-Datei, ein Ordner, eine NDJSON-Datei oder - für NDJSON von der Standardeingabe.</translation>
    </message>
    <message>
        <source>%1 created, %2 unchanged, %3 refused
</source>
        <translation>%1 erstellt, %2 unverändert, %3 abgelehnt
</translation>
    </message>
    <message>
        <source>%1: number at %2 rounded from %3 to %4</source>
        <translation>%1: Zahl unter %2 von %3 auf %4 gerundet</translation>
    </message>
    <message>
        <source>JSON file, or - for standard input.</source>
        <translation>JSON-Datei oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Shows what changed from OLD to NEW, structurally, by JSON Pointer. Exit code 0: the same, 1: different, 2: trouble.</source>
        <translation>Zeigt strukturell und per JSON Pointer, was sich von OLD zu NEW geändert hat. Exit-Status 0: gleich, 1: verschieden, 2: Fehler.</translation>
    </message>
    <message>
        <source>The older JSON file (- for standard input).</source>
        <translation>Die ältere JSON-Datei (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>The newer JSON file.</source>
        <translation>Die neuere JSON-Datei.</translation>
    </message>
    <message>
        <source>Applies an RFC 6902 JSON Patch to DOC and writes the result in canonical form. All or nothing: a failing operation writes nothing.</source>
        <translation>Wendet einen JSON Patch nach RFC 6902 auf DOC an und schreibt das Ergebnis in kanonischer Form. Alles oder nichts: Schlägt eine Operation fehl, wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>The JSON document (- for standard input).</source>
        <translation>Das JSON-Dokument (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>The RFC 6902 patch: a JSON array of operations.</source>
        <translation>Der Patch nach RFC 6902: ein JSON-Array von Operationen.</translation>
    </message>
    <message>
        <source>Writes the RFC 8785 canonical form of FILE to standard output.</source>
        <translation>Schreibt die kanonische Form nach RFC 8785 von FILE auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>Prints the snapshot checksum of FILE: the SHA-256 of its RFC 8785 canonical form.</source>
        <translation>Gibt die Snapshot-Prüfsumme von FILE aus: den SHA-256-Hash ihrer kanonischen Form nach RFC 8785.</translation>
    </message>
    <message>
        <source>Checks that FILE can be stored as a snapshot: RFC 8259 syntax and the I-JSON rules (unique member names, valid Unicode, numbers exact as IEEE-754 doubles).</source>
        <translation>Prüft, ob FILE als Snapshot gespeichert werden kann: Syntax nach RFC 8259 und die I-JSON-Regeln (eindeutige Schlüssel, gültiges Unicode, Zahlen exakt als IEEE-754-Double darstellbar).</translation>
    </message>
    <message>
        <source>%1: valid; %2 bytes in canonical form; checksum %3
</source>
        <translation>%1: gültig; %2 Bytes in kanonischer Form; Prüfsumme %3
</translation>
    </message>
    <message>
        <source>show who changed what, when and why</source>
        <translation>anzeigen, wer was wann und warum geändert hat</translation>
    </message>
    <message>
        <source>print the RFC 8785 canonical form of a JSON file</source>
        <translation>die kanonische Form nach RFC 8785 einer JSON-Datei ausgeben</translation>
    </message>
    <message>
        <source>print the SHA-256 checksum of a file&apos;s canonical form</source>
        <translation>die SHA-256-Prüfsumme der kanonischen Form einer Datei ausgeben</translation>
    </message>
    <message>
        <source>store a JSON file as a report&apos;s next version</source>
        <translation>eine JSON-Datei als nächste Version eines Berichts speichern</translation>
    </message>
    <message>
        <source>write a demo database with realistic history</source>
        <translation>eine Demo-Datenbank mit realistischem Verlauf anlegen</translation>
    </message>
    <message>
        <source>mark a stored version deprecated, with a reason</source>
        <translation>eine gespeicherte Version mit Begründung als veraltet markieren</translation>
    </message>
    <message>
        <source>show what changed between two JSON files or two stored versions</source>
        <translation>anzeigen, was sich zwischen zwei JSON-Dateien oder zwei gespeicherten Versionen geändert hat</translation>
    </message>
    <message>
        <source>store JSON files, a folder or NDJSON as new versions</source>
        <translation>JSON-Dateien, einen Ordner oder NDJSON als neue Versionen speichern</translation>
    </message>
    <message>
        <source>create or upgrade the schema of a snapshot database</source>
        <translation>das Schema einer Snapshot-Datenbank anlegen oder aktualisieren</translation>
    </message>
    <message>
        <source>list a report&apos;s versions, newest first</source>
        <translation>die Versionen eines Berichts auflisten, neueste zuerst</translation>
    </message>
    <message>
        <source>apply an RFC 6902 JSON Patch to a JSON file</source>
        <translation>einen JSON Patch nach RFC 6902 auf eine JSON-Datei anwenden</translation>
    </message>
    <message>
        <source>list the reports in a database</source>
        <translation>die Berichte einer Datenbank auflisten</translation>
    </message>
    <message>
        <source>make an earlier version of a report active again</source>
        <translation>eine frühere Version eines Berichts wieder aktiv machen</translation>
    </message>
    <message>
        <source>print a stored version, verified</source>
        <translation>eine gespeicherte Version geprüft ausgeben</translation>
    </message>
    <message>
        <source>check that a file can be stored as a snapshot</source>
        <translation>prüfen, ob eine Datei als Snapshot gespeichert werden kann</translation>
    </message>
    <message>
        <source>check stored snapshots against their checksums and the rules</source>
        <translation>gespeicherte Snapshots anhand ihrer Prüfsummen und der Regeln prüfen</translation>
    </message>
    <message>
        <source>Usage: snapshotctl VERB [options] [arguments]

Browse, compare, verify and roll back versioned JSON snapshots.

Verbs:
</source>
        <translation>Aufruf: snapshotctl BEFEHL [Optionen] [Argumente]

Versionierte JSON-Snapshots ansehen, vergleichen, prüfen und zurücksetzen.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;snapshotctl VERB --help&apos; for the options of a verb.
</source>
        <translation>
„snapshotctl BEFEHL --help“ zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>unknown verb &apos;%1&apos;; run &apos;snapshotctl --help&apos; for the list</source>
        <translation>unbekannter Befehl „%1“; „snapshotctl --help“ zeigt die Liste</translation>
    </message>
    <message>
        <source>Output: summary (default), pointer (one line per change) or json-patch (RFC 6902).</source>
        <translation>Ausgabe: summary (Standard), pointer (eine Zeile pro Änderung) oder json-patch (RFC 6902).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Match the elements of the arrays at PATH by their member MEMBER (repeatable; &apos;*&apos; in PATH matches any index or name), e.g. /owners=id.</source>
        <translation>Die Elemente der Arrays unter PFAD anhand ihres Schlüssels SCHLÜSSEL einander zuordnen (wiederholbar; „*“ in PFAD steht für jeden Index und jeden Namen), z. B. /owners=id.</translation>
    </message>
    <message>
        <source>PATH=MEMBER</source>
        <translation>PFAD=SCHLÜSSEL</translation>
    </message>
    <message>
        <source>Do not report changes at or below PATH (repeatable), e.g. /retrievedAt.</source>
        <translation>Änderungen an oder unterhalb von PFAD nicht melden (wiederholbar), z. B. /retrievedAt.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Treat numbers closer than X as equal.</source>
        <translation>Zahlen, die weniger als X voneinander abweichen, als gleich behandeln.</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Report moved array elements as a deletion and an addition.</source>
        <translation>Verschobene Array-Elemente als Löschung und Hinzufügung melden.</translation>
    </message>
    <message>
        <source>Accept numbers that change value as IEEE-754 doubles (each one is reported).</source>
        <translation>Zahlen akzeptieren, die als IEEE-754-Double ihren Wert ändern (jede wird gemeldet).</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos; (summary, pointer or json-patch)</source>
        <translation>unbekanntes --format „%1“ (summary, pointer oder json-patch)</translation>
    </message>
    <message>
        <source>--identity expects PATH=MEMBER, got &apos;%1&apos;</source>
        <translation>--identity erwartet PFAD=SCHLÜSSEL, erhalten: „%1“</translation>
    </message>
    <message>
        <source>--tolerance expects a number of at least 0</source>
        <translation>--tolerance erwartet eine Zahl größer oder gleich 0</translation>
    </message>
    <message>
        <source>Show at most N %1 (default %2).</source>
        <translation>Höchstens N %1 anzeigen (Standard: %2).</translation>
    </message>
    <message>
        <source>Skip the first N %1 (default 0).</source>
        <translation>Die ersten N %1 überspringen (Standard: 0).</translation>
    </message>
    <message>
        <source>--limit takes 1 to %1 and --offset 0 or more</source>
        <translation>--limit erlaubt 1 bis %1 und --offset 0 oder mehr</translation>
    </message>
    <message>
        <source>%1 holds no snapshot tables yet (snapshotctl init creates them)</source>
        <translation>%1 enthält noch keine Snapshot-Tabellen (snapshotctl init legt sie an)</translation>
    </message>
    <message>
        <source>%1 has schema version %2, older than this snapshotctl&apos;s %3: run snapshotctl init to upgrade it</source>
        <translation>%1 hat Schemaversion %2, älter als Version %3 dieses snapshotctl: zum Aktualisieren snapshotctl init ausführen</translation>
    </message>
    <message>
        <source>%1 has schema version %2, but this snapshotctl knows versions up to %3: use a newer release</source>
        <translation>%1 hat Schemaversion %2, dieses snapshotctl kennt aber nur Versionen bis %3: eine neuere Programmversion verwenden</translation>
    </message>
    <message>
        <source>The snapshot database: sqlite:PATH or postgresql://USER@HOST:PORT/DATABASE?sslmode=MODE (default: $SNAPSHOT_DB). PostgreSQL passwords come from libpq&apos;s own sources (PGPASSWORD, PGPASSFILE or ~/.pgpass) or, on a terminal, a prompt without echo; never from the command line.</source>
        <translation>Die Snapshot-Datenbank: sqlite:PFAD oder postgresql://BENUTZER@HOST:PORT/DATENBANK?sslmode=MODUS (Standard: $SNAPSHOT_DB). PostgreSQL-Passwörter stammen aus den Quellen von libpq (PGPASSWORD, PGPASSFILE oder ~/.pgpass) oder, auf einem Terminal, aus einer Abfrage ohne Anzeige der Eingabe; niemals von der Befehlszeile.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Write JSON for scripts instead of text for people.</source>
        <translation>JSON für Skripte statt Text für Menschen ausgeben.</translation>
    </message>
    <message>
        <source>Do it without asking (required when not run on a terminal).</source>
        <translation>Ohne Rückfrage ausführen (erforderlich, wenn nicht auf einem Terminal ausgeführt).</translation>
    </message>
    <message>
        <source> [y/N]</source>
        <translation> [j/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no database: pass --db sqlite:PATH or --db postgresql://USER@HOST/DATABASE, or set SNAPSHOT_DB</source>
        <translation>keine Datenbank: --db sqlite:PFAD oder --db postgresql://BENUTZER@HOST/DATENBANK angeben oder SNAPSHOT_DB setzen</translation>
    </message>
    <message>
        <source>there is no database at %1 (snapshotctl init creates one)</source>
        <translation>unter %1 gibt es keine Datenbank (snapshotctl init legt eine an)</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>%1 must be a version number (1 or more), not &apos;%2&apos;</source>
        <translation>%1 muss eine Versionsnummer (ab 1) sein, nicht „%2“</translation>
    </message>
    <message>
        <source>The version to show (default: the active one).</source>
        <translation>Die anzuzeigende Version (Standard: die aktive).</translation>
    </message>
    <message>
        <source>Show the version that was active at TIME (ISO 8601, e.g. 2026-05-01T12:00:00Z; without a zone: UTC).</source>
        <translation>Die Version anzeigen, die zum Zeitpunkt ZEIT aktiv war (ISO 8601, z. B. 2026-05-01T12:00:00Z; ohne Zeitzone: UTC).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Print the RFC 8785 canonical bytes instead of indented JSON.</source>
        <translation>Die kanonischen Bytes nach RFC 8785 statt eingerücktem JSON ausgeben.</translation>
    </message>
    <message>
        <source>--as-of expects an ISO 8601 time, not &apos;%1&apos;</source>
        <translation>--as-of erwartet eine Zeitangabe nach ISO 8601, nicht „%1“</translation>
    </message>
    <message>
        <source>--version and --as-of exclude each other</source>
        <translation>--version und --as-of schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>report %1 had no version yet at %2</source>
        <translation>Bericht %1 hatte zum Zeitpunkt %2 noch keine Version</translation>
    </message>
    <message>
        <source>VERSION  ACTIVE  CREATED                  AUTHOR        SIZE       CHECKSUM
</source>
        <translation>VERSION  AKTIV   ERSTELLT                 AUTOR         GRÖSSE     PRÜFSUMME
</translation>
    </message>
    <message>
        <source>         deprecated %1: %2
</source>
        <translation>         veraltet seit %1: %2
</translation>
    </message>
    <message>
        <source>versions %1 to %2 of %3, newest first; --offset %4 shows more
</source>
        <translation>Versionen %1 bis %2 von %3, neueste zuerst; --offset %4 zeigt weitere
</translation>
    </message>
    <message>
        <source>Creates the snapshot schema in an empty database, or upgrades an older one, in one transaction. A database written by a newer release, or a CCP-04 deployment without schema_migrations, is refused and left untouched.</source>
        <translation>Legt das Snapshot-Schema in einer leeren Datenbank an oder aktualisiert ein älteres, in einer einzigen Transaktion. Eine Datenbank, die von einer neueren Programmversion geschrieben wurde, oder eine CCP-04-Installation ohne schema_migrations wird abgelehnt und nicht verändert.</translation>
    </message>
    <message>
        <source>%1: schema version %2, ready
</source>
        <translation>%1: Schemaversion %2, bereit
</translation>
    </message>
    <message>
        <source>Prints a version of REPORT, indented, after verifying its checksum (INTEGRITY_CHECK_FAILED when the stored data was changed). Default: the active version.</source>
        <translation>Gibt eine Version von REPORT eingerückt aus, nachdem ihre Prüfsumme geprüft wurde (INTEGRITY_CHECK_FAILED, wenn die gespeicherten Daten verändert wurden). Standard: die aktive Version.</translation>
    </message>
    <message>
        <source>warning: version %1 of %2 is deprecated: %3</source>
        <translation>Warnung: Version %1 von %2 ist veraltet: %3</translation>
    </message>
    <message>
        <source>Lists the versions of REPORT, newest first, without their payloads.</source>
        <translation>Listet die Versionen von REPORT auf, neueste zuerst, ohne ihre Inhalte.</translation>
    </message>
    <message>
        <source>versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Shows what changed, structurally, by JSON Pointer: between two JSON files (diff OLD NEW) or between two stored versions of a report (diff REPORT V1 V2, both verified). Exit code 0: the same, 1: different, 2: trouble.</source>
        <translation>Zeigt strukturell und per JSON Pointer, was sich geändert hat: zwischen zwei JSON-Dateien (diff OLD NEW) oder zwischen zwei gespeicherten Versionen eines Berichts (diff REPORT V1 V2, beide geprüft). Exit-Status 0: gleich, 1: verschieden, 2: Fehler.</translation>
    </message>
    <message>
        <source>The older JSON file, or the report id.</source>
        <translation>Die ältere JSON-Datei oder die Berichts-ID.</translation>
    </message>
    <message>
        <source>The newer JSON file, or the older version.</source>
        <translation>Die neuere JSON-Datei oder die ältere Version.</translation>
    </message>
    <message>
        <source>The newer version.</source>
        <translation>Die neuere Version.</translation>
    </message>
    <message>
        <source>version %1 by %2 on %3</source>
        <translation>Version %1 von %2 am %3</translation>
    </message>
    <message>
        <source> (active)</source>
        <translation> (aktiv)</translation>
    </message>
    <message>
        <source> (deprecated: %1)</source>
        <translation> (veraltet: %1)</translation>
    </message>
    <message>
        <source>(no versions from offset %1; the report has %2 versions)
</source>
        <translation>(keine Versionen ab Offset %1; der Bericht hat %2 Versionen)
</translation>
    </message>
    <message>
        <source>print or apply the SQL of the PostgreSQL roles (admin roles)</source>
        <translation>das SQL der PostgreSQL-Rollen ausgeben oder anwenden (admin roles)</translation>
    </message>
    <message>
        <source>Run the statements in one transaction on the --db database (as the owner of its tables or a superuser) instead of printing them.</source>
        <translation>Die Anweisungen in einer Transaktion auf der Datenbank von --db ausführen (als Eigentümer ihrer Tabellen oder als Superuser), statt sie auszugeben.</translation>
    </message>
    <message>
        <source>The schema of the snapshot tables (default: the schema= of --db, else public).</source>
        <translation>Das Schema der Snapshot-Tabellen (Vorgabe: schema= aus --db, sonst public).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Name the roles PREFIX_auditor, PREFIX_writer and PREFIX_admin (default: snapshot); roles are shared by every database of a server.</source>
        <translation>Die Rollen PRÄFIX_auditor, PRÄFIX_writer und PRÄFIX_admin nennen (Vorgabe: snapshot); Rollen gelten für alle Datenbanken eines Servers.</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÄFIX</translation>
    </message>
    <message>
        <source>-- Snapshot Auditor roles for the tables in schema %1, in the database this runs in.
-- %2: read only; %3: also creates versions; %4: also rolls back and deprecates.
-- Run as the owner of the tables or a superuser; safe to run again, and again after a schema upgrade.
</source>
        <translation>-- Snapshot-Auditor-Rollen für die Tabellen im Schema %1 der Datenbank, in der dies läuft.
-- %2: nur lesen; %3: legt auch Versionen an; %4: setzt auch zurück und markiert als veraltet.
-- Als Eigentümer der Tabellen oder als Superuser ausführen; kann erneut ausgeführt werden, auch nach einer Schema-Aktualisierung.
</translation>
    </message>
    <message>
        <source>-- Members are added by a DBA, one role per person or service, e.g.:
--   GRANT %1 TO alice;
--   GRANT %2 TO importer;
--   GRANT %3 TO dmitri;
</source>
        <translation>-- Mitglieder trägt ein DBA ein, eine Rolle je Person oder Dienst, z. B.:
--   GRANT %1 TO alice;
--   GRANT %2 TO importer;
--   GRANT %3 TO dmitri;
</translation>
    </message>
    <message>
        <source>--apply needs the database: pass --db postgresql://USER@HOST/DATABASE</source>
        <translation>--apply braucht die Datenbank: --db postgresql://BENUTZER@HOST/DATENBANK angeben</translation>
    </message>
    <message>
        <source>--apply works on PostgreSQL only: SQLite has no roles</source>
        <translation>--apply funktioniert nur mit PostgreSQL: SQLite hat keine Rollen</translation>
    </message>
    <message>
        <source>%1: roles %2, %3 and %4 are set up for schema %5
</source>
        <translation>%1: Rollen %2, %3 und %4 sind für das Schema %5 eingerichtet
</translation>
    </message>
    <message>
        <source>Database administration. &apos;admin roles&apos; prints the SQL that sets up three group roles (NOLOGIN) for a PostgreSQL snapshot database: PREFIX_auditor may connect and read every table; PREFIX_writer may also create versions (INSERT); PREFIX_admin may also roll back and deprecate (UPDATE of is_active, deprecated_at and deprecated_reason only). Nobody may DELETE, TRUNCATE or UPDATE anything else. With --apply it runs the SQL on the --db database.</source>
        <translation>Datenbankverwaltung. „admin roles“ gibt das SQL aus, das drei Gruppenrollen (NOLOGIN) für eine PostgreSQL-Snapshot-Datenbank einrichtet: PRÄFIX_auditor darf sich verbinden und jede Tabelle lesen; PRÄFIX_writer darf außerdem Versionen anlegen (INSERT); PRÄFIX_admin darf außerdem zurücksetzen und als veraltet markieren (nur UPDATE von is_active, deprecated_at und deprecated_reason). Niemand darf DELETE, TRUNCATE oder ein anderes UPDATE ausführen. Mit --apply wird das SQL auf der Datenbank von --db ausgeführt.</translation>
    </message>
    <message>
        <source>The sub-command: roles.</source>
        <translation>Der Unterbefehl: roles.</translation>
    </message>
    <message>
        <source>unknown admin command &apos;%1&apos;; run &apos;snapshotctl admin --help&apos;</source>
        <translation>unbekannter admin-Befehl „%1“; siehe „snapshotctl admin --help“</translation>
    </message>
    <message>
        <source>After a clean check of every report, write the head of each report&apos;s hash chain (highest version and chain hash) to FILE, to check against later.</source>
        <translation>Nach einer fehlerfreien Prüfung aller Berichte den Kopf der Hash-Kette jedes Berichts (höchste Version und Ketten-Hash) in DATEI schreiben, um später damit abzugleichen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Check every report, and that each version recorded in the anchor FILE still has the chain hash recorded there (newer versions are fine).</source>
        <translation>Alle Berichte prüfen und zusätzlich, ob jede in der Ankerdatei DATEI verzeichnete Version noch den dort verzeichneten Ketten-Hash hat (neuere Versionen sind zulässig).</translation>
    </message>
    <message>
        <source>Checks stored snapshots against the data contract: every payload against its checksum and size, versions without gaps or duplicates, parents, exactly one active version, the hash chain of each report. Prints every problem on its own line and never stops at the first. Exit code 0: clean, 1: problems found, 2: error.</source>
        <translation>Prüft gespeicherte Snapshots anhand des Datenvertrags: jeden Inhalt anhand seiner Prüfsumme und Größe, Versionen ohne Lücken oder Duplikate, Vorgängerversionen, genau eine aktive Version, die Hash-Kette jedes Berichts. Gibt jedes Problem in einer eigenen Zeile aus und bricht nie beim ersten ab. Exit-Status 0: fehlerfrei, 1: Probleme gefunden, 2: Fehler.</translation>
    </message>
    <message>
        <source>--export-anchor and --against check every report: name no REPORT</source>
        <translation>--export-anchor und --against prüfen alle Berichte: keinen REPORT nennen</translation>
    </message>
    <message>
        <source>anchor %1 (%2): %3 reports checked
</source>
        <translation>Anker %1 (%2): %3 Berichte geprüft
</translation>
    </message>
    <message>
        <source>anchor written to %1: %2 reports
</source>
        <translation>Anker nach %1 geschrieben: %2 Berichte
</translation>
    </message>
    <message>
        <source>no anchor written: the check found problems
</source>
        <translation>kein Anker geschrieben: die Prüfung hat Probleme gefunden
</translation>
    </message>
    <message>
        <source>Skip the round trip of the stored diffs (DIFF_MISMATCH) and the localisation of altered values (TAMPERED_PATHS): about twice as fast on large documents; checksums, sizes, hash chain and structure are still checked.</source>
        <translation>Die Rückrechnung der gespeicherten Diffs (DIFF_MISMATCH) und die Lokalisierung veränderter Werte (TAMPERED_PATHS) überspringen: bei großen Dokumenten etwa doppelt so schnell; Prüfsummen, Größen, Hash-Kette und Struktur werden weiterhin geprüft.</translation>
    </message>
    <message>
        <source>Show the proof and the altered paths; record nothing.</source>
        <translation>Den Beweis und die geänderten Pfade zeigen; nichts erfassen.</translation>
    </message>
    <message>
        <source>nothing</source>
        <extracomment>The value at a JSON path is absent</extracomment>
        <translation>nichts</translation>
    </message>
    <message numerus="yes">
        <source>%1: version %2 (snapshot %3) is proven from version %4 and its stored diff; %n altered path(s):
</source>
        <translation>
            <numerusform>%1: Version %2 (Snapshot %3) ist aus Version %4 und ihrem gespeicherten Diff bewiesen; %n geänderter Pfad:
</numerusform>
            <numerusform>%1: Version %2 (Snapshot %3) ist aus Version %4 und ihrem gespeicherten Diff bewiesen; %n geänderte Pfade:
</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: stored %2, proven %3
</source>
        <translation>  %1: gespeichert %2, bewiesen %3
</translation>
    </message>
    <message>
        <source>Repairs VERSION of REPORT when its payload fails its checksum: its parent&apos;s verified payload with the version&apos;s stored diff applied must hash to the version&apos;s checksum, which proves it is the original. The proof is recorded as a repair (logged; the damaged row is kept as evidence) and reads of the version return it from then on. --dry-run shows the altered paths only.</source>
        <translation>Repariert VERSION von REPORT, wenn deren Nutzdaten ihre Prüfsumme nicht bestehen: Die geprüften Nutzdaten des Vorgängers mit dem gespeicherten Diff der Version angewendet müssen die Prüfsumme der Version ergeben, was beweist, dass sie das Original sind. Der Beweis wird als Reparatur erfasst (protokolliert; die beschädigte Zeile bleibt als Beweismittel erhalten), und Lesezugriffe auf die Version liefern von da an die Reparatur. --dry-run zeigt nur die geänderten Pfade.</translation>
    </message>
    <message>
        <source>The damaged version.</source>
        <translation>Die beschädigte Version.</translation>
    </message>
    <message>
        <source>Dry run: nothing was recorded.
</source>
        <translation>Probelauf: Es wurde nichts erfasst.
</translation>
    </message>
    <message>
        <source>%1: the repair of version %2 is recorded; reads of it return the proven original.
</source>
        <translation>%1: Die Reparatur von Version %2 ist erfasst; Lesezugriffe liefern das bewiesene Original.
</translation>
    </message>
    <message>
        <source>record the proven original of a damaged version (--dry-run: show the proof)</source>
        <translation>das bewiesene Original einer beschädigten Version erfassen (--dry-run: den Beweis zeigen)</translation>
    </message>
    <message>
        <source>not verifiable: %1
</source>
        <translation>nicht prüfbar: %1
</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n notice(s)</source>
        <extracomment>%1: &quot;clean&quot; or &quot;3 problems&quot;; notices are findings that are not damage (legacy checksums)</extracomment>
        <translation>
            <numerusform>%1, %n Hinweis</numerusform>
            <numerusform>%1, %n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>For VERSION of REPORT, written by the CCP-04 service, whose payload matches CCP-04&apos;s legacy checksum (which covers only part of the document): records the RFC 8785 checksum of the payload as it is now beside the row (logged; the row and its legacy checksum stay as they are). Reads and audits check the recorded checksum from then on, covering every value.</source>
        <translation>Für VERSION von REPORT, vom CCP-04-Dienst geschrieben, deren Nutzdaten zur alten CCP-04-Prüfsumme passen (die nur einen Teil des Dokuments abdeckt): erfasst die RFC-8785-Prüfsumme der Nutzdaten in ihrem jetzigen Zustand neben der Zeile (protokolliert; die Zeile und ihre alte Prüfsumme bleiben, wie sie sind). Lesen und Prüfungen verwenden danach die erfasste Prüfsumme, die jeden Wert abdeckt.</translation>
    </message>
    <message>
        <source>The version.</source>
        <translation>Die Version.</translation>
    </message>
    <message>
        <source>%1: version %2 now has the RFC 8785 checksum %3 recorded, covering all %5 values (its legacy checksum covered %4)
</source>
        <extracomment>%1: report, %2: version, %3: a SHA-256 checksum, %4 and %5: numbers of values</extracomment>
        <translation>%1: Für Version %2 ist jetzt die RFC-8785-Prüfsumme %3 erfasst, die alle %5 Werte abdeckt (ihre alte Prüfsumme deckte %4 ab)
</translation>
    </message>
    <message>
        <source>upgrade the schema, a CCP-04 database included (asks first)</source>
        <translation>das Schema aktualisieren, auch eine CCP-04-Datenbank (fragt vorher)</translation>
    </message>
    <message>
        <source>record the full checksum of a CCP-04 version its legacy checksum vouches for</source>
        <translation>die vollständige Prüfsumme einer CCP-04-Version erfassen, für die ihre alte Prüfsumme bürgt</translation>
    </message>
    <message>
        <source>%1 was written by the CCP-04 snapshot service: snapshotctl reads it but never changes it before an admin upgrades it with snapshotctl migrate</source>
        <translation>%1 wurde vom CCP-04-Snapshot-Dienst geschrieben: snapshotctl liest sie, ändert sie aber nie, bevor ein Admin sie mit snapshotctl migrate aktualisiert</translation>
    </message>
    <message>
        <source>Upgrades the schema of a snapshot database, as init does, and is the one way to upgrade a database written by the CCP-04 service: it says what the upgrade adds and keeps, asks for a confirmation (or --yes) and runs it in one transaction.</source>
        <translation>Aktualisiert das Schema einer Snapshot-Datenbank wie init und ist der einzige Weg, eine vom CCP-04-Dienst geschriebene Datenbank zu aktualisieren: Es sagt, was das Upgrade hinzufügt und behält, fragt nach einer Bestätigung (oder --yes) und führt es in einer Transaktion aus.</translation>
    </message>
    <message>
        <source>%1 was written by the CCP-04 snapshot service. Upgrading it:
</source>
        <translation>%1 wurde vom CCP-04-Snapshot-Dienst geschrieben. Das Upgrade:
</translation>
    </message>
    <message>
        <source>Upgrade %1?</source>
        <translation>%1 aktualisieren?</translation>
    </message>
</context>
</TS>
