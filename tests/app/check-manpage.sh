#!/usr/bin/env bash
# Fails when the snapshotctl man page and the program's own help disagree:
# - every verb that `snapshotctl --help` lists has a subsection (.SS VERB) under VERBS, and
#   every subsection there is a verb;
# - every long option that `snapshotctl VERB --help` prints appears in that subsection, and
#   every long option the subsection names is one that help prints.
# Options every verb prints (--help, --help-all) are documented once, under OPTIONS; each
# option named there must be one of those or work on its own (snapshotctl --version).
# Usage: check-manpage.sh SNAPSHOTCTL MANPAGE
set -euo pipefail
snapshotctl=$1
manpage=$2
# The help in English whatever the caller's locale; option names are never translated,
# but the "Verbs:" heading is.
export LC_ALL=C.UTF-8 LANG=C.UTF-8
unset LANGUAGE

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# Long options in the first column of a --help text, one a line, sorted.
help_options() {
    "$snapshotctl" "$1" --help | sed -nE 's/^  (-[[:alnum:]], )?(--[[:alnum:]][[:alnum:]-]*).*/\2/p' | sort -u
}

# The body of a man page section: MACRO is SH (up to the next .SH, its .SS subsections
# included) or SS (up to the next .SH or .SS). Comment lines are left out.
man_section() {
    awk -v macro=".$1" -v title="$2" '
        /^\.(SH|SS)([ \t]|$)/ {
            heading = $0
            sub(/^\.(SH|SS)[ \t]+/, "", heading)
            gsub(/"/, "", heading)
            gsub(/\\-/, "-", heading) # troff writes the hyphen of record-checksum as \-
            if ($1 == macro && heading == title) { inside = 1; next }
            if ($1 == ".SH" || macro == ".SS") inside = 0
        }
        inside && !/^\.\\"/ { print }
    ' "$manpage"
}

# Long options named in troff text (\- is a minus sign; font changes such as \fB go first).
troff_options() {
    sed -E 's/\\-/-/g; s/\\f(\[[^]]*\]|\(..|.)//g; s/\\&//g' | grep -oE -- '--[[:alnum:]][[:alnum:]-]*' | sort -u || true
}

# The lines of list $1 that are not in list $2 (lists: one item a line).
only_in_first() {
    comm -23 <(printf '%s\n' "$1" | sed '/^$/d' | sort -u) <(printf '%s\n' "$2" | sed '/^$/d' | sort -u)
}

verbs=$("$snapshotctl" --help | awk '/^Verbs:/ { listing = 1; next } listing && /^  [a-z]/ { print $1 }' | sort)
[ -n "$verbs" ] || { echo "FAIL: no verbs found in '$snapshotctl --help'" >&2; exit 1; }
sections=$(man_section SH VERBS | sed -nE 's/^\.SS[ \t]+"?([^"]*)"?[ \t]*$/\1/p' | sed 's/\\-/-/g' | sort)

for verb in $(only_in_first "$verbs" "$sections"); do
    fail "verb '$verb' is in 'snapshotctl --help' but has no '.SS $verb' under VERBS in $manpage"
done
for section in $(only_in_first "$sections" "$verbs"); do
    fail "$manpage documents '$section' under VERBS, which 'snapshotctl --help' does not list"
done

# Options every verb prints.
common=""
first=1
for verb in $verbs; do
    options=$(help_options "$verb")
    [ -n "$options" ] || { fail "no options found in 'snapshotctl $verb --help'"; continue; }
    if [ $first -eq 1 ]; then
        common=$options
        first=0
    else
        common=$(comm -12 <(printf '%s\n' "$common") <(printf '%s\n' "$options"))
    fi
done

checked=0
for verb in $verbs; do
    grep -qE "^\.SS[ \t]+\"?$verb\"?[ \t]*$" "$manpage" || continue # reported above
    in_help=$(only_in_first "$(help_options "$verb")" "$common")
    in_man=$(man_section SS "$verb" | troff_options)
    for option in $(only_in_first "$in_help" "$in_man"); do
        fail "$option is in 'snapshotctl $verb --help' but not in the man page's '$verb' section"
    done
    for option in $(only_in_first "$in_man" "$in_help"$'\n'"$common"); do
        fail "the man page's '$verb' section names $option, which 'snapshotctl $verb --help' does not print"
    done
    checked=$((checked + $(printf '%s\n' "$in_help" | sed '/^$/d' | wc -l)))
done

general=$(man_section SH OPTIONS | troff_options)
for option in $(only_in_first "$common" "$general"); do
    fail "$option, printed by every verb's --help, is not under OPTIONS in $manpage"
done
for option in $(only_in_first "$general" "$common"); do
    "$snapshotctl" "$option" >/dev/null 2>&1 \
        || fail "OPTIONS in $manpage names $option, which no verb prints and 'snapshotctl $option' refuses"
done

if [ $failures -ne 0 ]; then
    echo "$failures difference(s) between $manpage and snapshotctl's --help" >&2
    exit 1
fi
echo "man page matches --help: $(wc -w <<<"$verbs") verbs, $checked verb options, $(wc -w <<<"$general") general options"
