#!/bin/sh
# Generates Sources/MedIPPolicy/Time/WorkingDayCalendar+ChinaData.swift, the built-in official
# working-day schedule, from the reference CSV (date,status,festival; see its header comment).
#
# Usage (from the package root):
#   Scripts/generate-china-calendar-data.sh [CSV] > Sources/MedIPPolicy/Time/WorkingDayCalendar+ChinaData.swift
# CSV defaults to the copy in the test resources, Tests/MedIPPolicyTests/Resources/cn-holidays-2022-2026.csv.
# The library never reads the CSV at run time; the tests check the generated data against it for every date.
set -eu
csv=${1:-Tests/MedIPPolicyTests/Resources/cn-holidays-2022-2026.csv}
[ -r "$csv" ] || { echo "cannot read $csv" >&2; exit 1; }

tr -d '\r' < "$csv" | grep -v '^[[:space:]]*#' | grep -v '^[[:space:]]*$' | tail -n +2 | LC_ALL=C sort |
awk -F, -v source="$(basename "$csv")" '
BEGIN {
    print "// GENERATED FILE: do not edit by hand."
    print "//"
    print "// Generated from " source " (the official holiday schedules of the General Office of the"
    print "// State Council, one row per date that departs from the Monday-Friday working week) by"
    print "//     Scripts/generate-china-calendar-data.sh > Sources/MedIPPolicy/Time/WorkingDayCalendar+ChinaData.swift"
    print "// run from the package root. WorkingDayCalendarChinaTests checks every date of the covered years"
    print "// against the CSV copy in Tests/MedIPPolicyTests/Resources."
    print ""
    print "extension WorkingDayCalendar {"
    print "    /// The official year schedules, one per year, in year order (generated; see the file header)."
    print "    static let chinaSchedules: [YearSchedule] = ["
    year = ""
}
{
    if (NF != 3 || $1 !~ /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]$/ || ($2 != "off" && $2 != "work") || $3 == "") {
        print "malformed row: " $0 > "/dev/stderr"; failed = 1; exit 1
    }
    y = substr($1, 1, 4); m = substr($1, 6, 2) + 0; d = substr($1, 9, 2) + 0
    if (y != year) {
        if (year != "") print "        ]),"
        print "        YearSchedule(uncheckedYear: " y ", entries: ["
        year = y
    }
    printf "            .%s(%d, %d, %d, \"%s\"),\n", $2, y, m, d, $3
}
END {
    if (failed) exit 1
    if (year != "") print "        ]),"
    print "    ]"
    print "}"
    print ""
    print "extension YearSchedule.Entry {"
    print "    /// A rest-day entry of the generated data."
    print "    fileprivate static func off(_ year: Int, _ month: Int, _ day: Int, _ festival: String) -> Self {"
    print "        Self(date: CivilDate(uncheckedYear: year, month: month, day: day), status: .off, festival: festival)"
    print "    }"
    print ""
    print "    /// An adjusted-working-day (调休上班) entry of the generated data."
    print "    fileprivate static func work(_ year: Int, _ month: Int, _ day: Int, _ festival: String) -> Self {"
    print "        Self(date: CivilDate(uncheckedYear: year, month: month, day: day), status: .work, festival: festival)"
    print "    }"
    print "}"
}'
