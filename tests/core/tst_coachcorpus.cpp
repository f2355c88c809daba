// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the phrasing coach over labelled things partners say and reports
// precision and recall for every kind:
// - tests/data/coach/corpus.tsv, the training lines: every line there was
//   looked at while tuning the coach (the part once called "held-out" too, so
//   it was moved in with the rest on 2026-12-01, and heldout2.tsv's 346 lines,
//   measured once as held-out and then moved in to be learnt from, later that
//   day, and heldout3.tsv's 444 lines likewise, in the fourth round, and
//   heldout4.tsv's 534 lines on 2026-12-02, in the fifth, and heldout5.tsv's
//   647 lines later that day, in the sixth, and heldout6.tsv's 744 lines
//   later still, in the seventh, and heldout7.tsv's 929 lines in the
//   eighth, and heldout8.tsv's 912 lines in the ninth, and heldout9.tsv's
//   901 lines in the tenth, and heldout10.tsv's 828 lines in the eleventh,
//   and heldout11.tsv's 780 lines in the twelfth, and heldout12.tsv's 792
//   lines in the thirteenth, and heldout13.tsv's 796 lines in the
//   fourteenth, and heldout14.tsv's 902 lines in the fifteenth, and
//   heldout15.tsv's 865 lines in the sixteenth, and heldout16.tsv's 844
//   lines in the seventeenth, and heldout17.tsv's 876 lines in the
//   eighteenth, and heldout18.tsv's 878 lines in the nineteenth). Fails
//   below trainingFloors.
// - tests/data/coach/heldout19.tsv: a nineteenth set, written blind by a
//   writer who read nothing of the coach, apart from the coach's nineteenth
//   round, which never opened it. Fails below heldOut19Floors; never printed
//   either.
// - tests/data/coach/heldout.tsv: lines written by someone who
//   had not seen the coach, never tuned on. Fails below heldOutFloors. Its
//   lines are never printed, only its scores, so that no one tunes on them.
//   (Its scores were looked at many times, so it is no longer blind.)
//
// HEARTH_COACH_MISSES=1 prints the training lines the coach gets wrong;
// HEARTH_COACH_REWRITES=1 prints each training line's rewrite.
#include "coach/coach.h"
#include "coach/coachrewriter.h"
#include "content/contentrepository.h"

#include <QFile>
#include <QMap>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList kinds = {u"absolute"_s,   u"you-blame"_s,     u"thought-as-feeling"_s, u"evaluative-feeling"_s,
                           u"label"_s,      u"demand"_s,        u"contempt"_s,           u"defensiveness"_s,
                           u"stonewalling"_s};

struct Floor
{
    QString kind;
    double precision;
    double recall;
};
// On the training lines: set from the results when they were written, a
// little below them, and only ever go up. Lowered once, on 2026-12-01 (third
// round), when heldout2.tsv's 346 lines joined the training part: the coach
// scored 0.62 to 1.00 on them as held-out, so the whole part scored lower
// (you-blame recall 0.93, label 0.92, contempt 0.88, stonewalling 0.91 after
// that round's work). Each floor is about 0.02 below that measurement.
// Lowered once more, on 2026-12-01 (fourth round), when heldout3.tsv's 444
// lines joined, measured before any tuning on them (2,016 lines):
//   measured:  absolute 0.92/0.95  you-blame 0.95/0.84  thought-as-feeling 0.93/0.97
//              evaluative-feeling 1.00/0.98  label 0.96/0.85  demand 0.94/0.86
//              contempt 0.95/0.77  defensiveness 0.95/0.88  stonewalling 0.98/0.86
// Each floor is the lower of the old one and about 0.02 below that.
// Raised at the end of the fourth round (2026-12-01, commit "labels read
// through an intensifier"), 2,069 lines (heldout3's, twelve older insults of
// worth relabelled label and contempt, 53 fresh near misses), about 0.02 below:
//   measured:  absolute 0.93/0.95  you-blame 0.95/0.90  thought-as-feeling 0.93/0.99
//              evaluative-feeling 1.00/0.98  label 0.97/0.94  demand 0.96/0.95
//              contempt 0.95/0.84  defensiveness 0.97/0.92  stonewalling 0.98/0.88
// Lowered once more, on 2026-12-02 (fifth round), when heldout4.tsv's 534
// lines joined, measured before any tuning on them (2,603 lines):
//   measured:  absolute 0.84/0.92  you-blame 0.93/0.81  thought-as-feeling 0.92/0.97
//              evaluative-feeling 1.00/0.97  label 0.94/0.90  demand 0.92/0.94
//              contempt 0.94/0.75  defensiveness 0.97/0.87  stonewalling 0.98/0.80
// Each floor is the lower of the old one and about 0.02 below that.
// Raised at the end of the fifth round (2026-12-02, commit "stonewalling as
// the partner's words shut out, waved through or declined"), 2,676 lines
// (heldout4's and 73 fresh near misses and positives), about 0.02 below:
//   measured:  absolute 0.89/0.92  you-blame 0.94/0.85  thought-as-feeling 0.92/0.97
//              evaluative-feeling 1.00/0.97  label 0.94/0.92  demand 0.93/0.95
//              contempt 0.95/0.83  defensiveness 0.98/0.91  stonewalling 0.99/0.95
// Lowered once more, on 2026-12-02 (sixth round), when heldout5.tsv's 647
// lines joined, measured before any tuning on them (3,323 lines):
//   measured:  absolute 0.87/0.90  you-blame 0.94/0.82  thought-as-feeling 0.94/0.98
//              evaluative-feeling 0.99/0.94  label 0.94/0.86  demand 0.93/0.93
//              contempt 0.95/0.75  defensiveness 0.98/0.85  stonewalling 0.98/0.93
// Only the floors that measurement fell below were lowered, to about 0.02
// below it (all recalls: absolute, you-blame, evaluative-feeling, label,
// contempt, defensiveness, stonewalling); the others held.
// Raised at the end of the sixth round (2026-12-02, commit "'you always make
// us late' and 'your sulking has ruined the day' blame too"), 3,372 lines
// (heldout5's and 49 fresh near misses and positives), about 0.02 below,
// never below the floor before:
//   measured:  absolute 0.88/0.90  you-blame 0.94/0.88  thought-as-feeling 0.94/0.98
//              evaluative-feeling 0.99/0.95  label 0.94/0.97  demand 0.93/0.94
//              contempt 0.95/0.86  defensiveness 0.98/0.91  stonewalling 0.98/0.93
// Lowered once more, on 2026-12-02 (seventh round), when heldout6.tsv's 744
// lines joined, measured before any tuning on them (4,116 lines):
//   measured:  absolute 0.88/0.90  you-blame 0.95/0.85  thought-as-feeling 0.94/0.98
//              evaluative-feeling 0.98/0.92  label 0.94/0.94  demand 0.93/0.94
//              contempt 0.95/0.80  defensiveness 0.97/0.85  stonewalling 0.98/0.91
// Only the floors that measurement fell below were lowered, to about 0.02
// below it (evaluative-feeling's precision, and the recalls of you-blame,
// evaluative-feeling, label, contempt, defensiveness, stonewalling); the
// others held.
// Raised at the end of the seventh round (2026-12-02, commit "Seven faux
// feelings the coach did not know"), 4,130 lines (heldout6's and 14 fresh
// lines), about 0.02 below, never below the floor before:
//   measured:  absolute 0.88/0.90  you-blame 0.95/0.85  thought-as-feeling 0.94/0.98
//              evaluative-feeling 0.97/0.96  label 0.94/0.94  demand 0.93/0.94
//              contempt 0.95/0.80  defensiveness 0.97/0.86  stonewalling 0.98/0.91
// Lowered once more, on 2026-12-02 (eighth round), when heldout7.tsv's 929
// lines joined, measured before any tuning on them (5,059 lines):
//   measured:  absolute 0.87/0.90  you-blame 0.93/0.76  thought-as-feeling 0.94/0.98
//              evaluative-feeling 0.96/0.94  label 0.93/0.91  demand 0.91/0.93
//              contempt 0.94/0.74  defensiveness 0.97/0.81  stonewalling 0.97/0.88
// Only the floors that measurement fell below were lowered, to about 0.02
// below it (the precisions of absolute (0.865), evaluative-feeling (0.960),
// demand (0.905) and stonewalling (0.968), and the recalls of you-blame,
// label, contempt, defensiveness, stonewalling); the others held.
// Raised at the end of the eighth round (2026-12-02, commit "blame in orders
// no phrase holds"), 5,079 lines (heldout7's and 20 fresh near misses and
// positives), about 0.02 below, never above the floor before:
//   measured:  absolute 0.87/0.90  you-blame 0.94/0.80  thought-as-feeling 0.94/0.98
//              evaluative-feeling 0.96/0.94  label 0.93/0.91  demand 0.91/0.93
//              contempt 0.94/0.74  defensiveness 0.97/0.81  stonewalling 0.97/0.88
// Only you-blame's recall rose enough to raise its floor (0.74 -> 0.77).
// Lowered once more, on 2026-12-02 (ninth round), when heldout8.tsv's 912
// lines joined, measured before any tuning on them (5,991 lines):
//   measured:  absolute 0.855/0.887  you-blame 0.930/0.756  thought-as-feeling 0.939/0.985
//              evaluative-feeling 0.965/0.911  label 0.930/0.893  demand 0.908/0.931
//              contempt 0.943/0.698  defensiveness 0.973/0.762  stonewalling 0.970/0.880
// Only the floors that measurement fell below were lowered, to about 0.02
// below it (the recalls of you-blame, evaluative-feeling, contempt and
// defensiveness); the others held.
// Raised at the end of the ninth round (2026-12-02, commit "'Brave' is a warm
// word"), 6,036 lines (heldout8's and 45 fresh near misses and positives),
// about 0.02 below, never above the floor before that round:
//   measured:  absolute 0.855/0.887  you-blame 0.933/0.790  thought-as-feeling 0.939/0.985
//              evaluative-feeling 0.965/0.911  label 0.930/0.893  demand 0.908/0.931
//              contempt 0.945/0.731  defensiveness 0.971/0.799  stonewalling 0.970/0.880
// The recalls of you-blame (0.74 -> 0.77, back to where it was), contempt
// (0.68 -> 0.71) and defensiveness (0.74 -> 0.78) rose; evaluative-feeling's
// recall was not worked on and its floor stays at 0.89.
// Lowered once more, on 2026-12-03 (tenth round), when heldout9.tsv's 901
// lines joined, measured before any tuning on them (6,937 lines):
//   measured:  absolute 0.857/0.881  you-blame 0.930/0.776  thought-as-feeling 0.939/0.985
//              evaluative-feeling 0.970/0.908  label 0.929/0.872  demand 0.908/0.924
//              contempt 0.947/0.696  defensiveness 0.972/0.786  stonewalling 0.965/0.862
// Only the floors that measurement fell below were lowered, to about 0.02
// below it (the recalls of label, demand and contempt); the others held.
// Raised at the end of the tenth round (2026-12-03, commit "The partner's deed
// thrown back"), 6,989 lines (heldout9's and 52 fresh near misses and
// positives), about 0.02 below, never above the floor before that round:
//   measured:  absolute 0.860/0.881  you-blame 0.939/0.802  thought-as-feeling 0.939/0.985
//              evaluative-feeling 0.970/0.908  label 0.931/0.901  demand 0.908/0.924
//              contempt 0.951/0.721  defensiveness 0.977/0.808  stonewalling 0.965/0.862
// The recalls of label (0.85 -> 0.88) and contempt (0.68 -> 0.70) rose; those
// of you-blame and defensiveness rose too but their floors already stand where
// they were before heldout9 joined (0.77, 0.78), and demand's recall was not
// worked on, so its floor stays at 0.90.
// Lowered once more, on 2026-12-03 (eleventh round), when heldout10.tsv's 828
// lines joined, measured before any tuning on them (7,817 lines):
//   measured:  absolute 0.848/0.873  you-blame 0.941/0.787  thought-as-feeling 0.938/0.983
//              evaluative-feeling 0.971/0.901  label 0.914/0.883  demand 0.904/0.915
//              contempt 0.947/0.687  defensiveness 0.971/0.778  stonewalling 0.965/0.829
// Only the floors that measurement fell below were lowered, to about 0.02
// below it (absolute's precision and recall, label's precision, and the
// recalls of contempt, defensiveness and stonewalling); the others held.
// Raised at the end of the eleventh round (2026-12-03, commit "Congratulations
// on a trifle"), 7,851 lines (heldout10's and 34 fresh near misses and
// positives), about 0.02 below, never above the floor before that round:
//   measured:  absolute 0.848/0.873  you-blame 0.941/0.787  thought-as-feeling 0.938/0.983
//              evaluative-feeling 0.971/0.901  label 0.914/0.883  demand 0.910/0.911
//              contempt 0.948/0.719  defensiveness 0.971/0.790  stonewalling 0.967/0.866
// The recalls of contempt (0.67 -> 0.70, back to where it was), defensiveness
// (0.76 -> 0.77) and stonewalling (0.81 -> 0.85) rose; absolute and label
// were not worked on, so their lowered floors stay.
// Lowered once more, on 2026-12-03 (twelfth round), when heldout11.tsv's 780
// lines joined, measured before any tuning on them (8,631 lines):
//   measured:  absolute 0.840/0.866  you-blame 0.940/0.771  thought-as-feeling 0.929/0.980
//              evaluative-feeling 0.965/0.896  label 0.911/0.876  demand 0.894/0.905
//              contempt 0.949/0.693  defensiveness 0.972/0.767  stonewalling 0.968/0.849
// Only the floors that measurement fell below were lowered, to about 0.02
// below it (the recalls of label, contempt, defensiveness and stonewalling);
// the others held.
// Raised at the end of the twelfth round (2026-12-03, commit "Not knowing it
// mattered"), 8,742 lines (heldout11's and 111 fresh near misses and
// positives), about 0.02 below, never above the floor before that round:
//   measured:  absolute 0.840/0.866  you-blame 0.941/0.783  thought-as-feeling 0.929/0.980
//              evaluative-feeling 0.965/0.896  label 0.912/0.887  demand 0.903/0.906
//              contempt 0.952/0.732  defensiveness 0.972/0.789  stonewalling 0.969/0.876
// The recalls of label (0.86 -> 0.87), contempt (0.67 -> 0.70), defensiveness
// (0.75 -> 0.77) and stonewalling (0.83 -> 0.85) rose; the last three are
// capped where they stood before heldout11 joined. You-blame's recall and
// demand's precision rose too, but their floors already stand there (0.77,
// 0.89), and absolute was not worked on, so its floor stays.
// Measured once more on 2026-12-03 (thirteenth round), when heldout12.tsv's
// 792 lines joined, before any tuning on them (9,534 lines):
//   measured:  absolute 0.833/0.857  you-blame 0.939/0.774  thought-as-feeling 0.931/0.979
//              evaluative-feeling 0.967/0.895  label 0.910/0.872  demand 0.899/0.903
//              contempt 0.952/0.720  defensiveness 0.967/0.776  stonewalling 0.970/0.854
// No measurement fell below its floor, so none was lowered; all held.
// Measured at the end of the thirteenth round (2026-12-03, commit "Label:
// character words the lists lacked"), 9,629 lines (heldout12's and 95 fresh
// near misses and positives):
//   measured:  absolute 0.834/0.860  you-blame 0.939/0.779  thought-as-feeling 0.931/0.979
//              evaluative-feeling 0.967/0.895  label 0.918/0.934  demand 0.903/0.904
//              contempt 0.949/0.730  defensiveness 0.971/0.790  stonewalling 0.975/0.877
// The recalls of label (0.872 -> 0.934), stonewalling (0.854 -> 0.877),
// defensiveness (0.776 -> 0.790), contempt (0.720 -> 0.730) and you-blame
// (0.774 -> 0.779) rose, but since no floor was lowered when heldout12 joined,
// each already stands where it was before, the cap for a raise; so all hold.
// Lowered once more, on 2026-12-03 (fourteenth round), when heldout13.tsv's 796
// lines joined, measured before any tuning on them (10,425 lines):
//   measured:  absolute 0.831/0.855  you-blame 0.938/0.766  thought-as-feeling 0.931/0.974
//              evaluative-feeling 0.969/0.889  label 0.913/0.875  demand 0.892/0.896
//              contempt 0.946/0.701  defensiveness 0.970/0.778  stonewalling 0.973/0.864
// Only the floors that measurement fell below were lowered, to about 0.02
// below it (the recalls of you-blame, evaluative-feeling and demand); the
// others held.
// Measured at the end of the fourteenth round (2026-12-03, commit "Training
// floors measured at the end of the fourteenth round"), 10,500 lines
// (heldout13's and 75 fresh near misses and positives):
//   measured:  absolute 0.830/0.855  you-blame 0.938/0.766  thought-as-feeling 0.931/0.974
//              evaluative-feeling 0.969/0.889  label 0.919/0.925  demand 0.892/0.896
//              contempt 0.948/0.736  defensiveness 0.970/0.779  stonewalling 0.974/0.880
// The recalls of label (0.875 -> 0.925), contempt (0.701 -> 0.736) and
// stonewalling (0.864 -> 0.880) rose, with label's precision (0.913 -> 0.919);
// but their floors were not lowered when heldout13 joined, so each already
// stands where it was before, the cap for a raise. The three lowered floors
// (you-blame, evaluative-feeling and demand recall) were not worked on and
// their measurements are unchanged, so 0.02 below them is where they stand;
// all hold.
// Lowered once more, on 2026-12-03 (fifteenth round), when heldout14.tsv's 902
// lines joined, measured before any tuning on them (11,402 lines):
//   measured:  absolute 0.828/0.857  you-blame 0.937/0.764  thought-as-feeling 0.918/0.975
//              evaluative-feeling 0.962/0.877  label 0.919/0.904  demand 0.892/0.889
//              contempt 0.943/0.729  defensiveness 0.970/0.758  stonewalling 0.974/0.861
// Only the floors that measurement fell below were lowered, to about 0.02
// below it (the precisions of absolute and thought-as-feeling, and
// defensiveness's recall); the others held.
// Measured at the end of the fifteenth round (2026-12-03, commit "Training
// floors measured at the end of the fifteenth round"), 11,520 lines
// (heldout14's and 118 fresh near misses and positives):
//   measured:  absolute 0.824/0.857  you-blame 0.937/0.764  thought-as-feeling 0.918/0.975
//              evaluative-feeling 0.962/0.877  label 0.919/0.904  demand 0.895/0.888
//              contempt 0.944/0.752  defensiveness 0.974/0.882  stonewalling 0.975/0.879
// Defensiveness's recall rose well above its lowered floor (0.758 -> 0.882), so
// that floor goes back to where it stood before heldout14 joined (0.74 ->
// 0.77), the cap for a raise. Contempt (0.729 -> 0.752) and stonewalling
// (0.861 -> 0.879) rose too, but their floors were not lowered, so each already
// stands at its cap. The precisions of absolute and thought-as-feeling were
// not raised: absolute's fell a little (0.828 -> 0.824) on near misses of this
// round that it flags, and neither stands 0.02 above its floor; all hold.
// Lowered once more, on 2026-12-03 (sixteenth round), when heldout15.tsv's 865
// lines joined, measured before any tuning on them (12,385 lines):
//   measured:  absolute 0.823/0.855  you-blame 0.939/0.763  thought-as-feeling 0.913/0.974
//              evaluative-feeling 0.959/0.872  label 0.921/0.895  demand 0.884/0.877
//              contempt 0.940/0.742  defensiveness 0.972/0.852  stonewalling 0.977/0.870
// Only the floors that measurement fell below were lowered, to about 0.02
// below it (demand's precision and recall); the others held.
// Measured at the end of the sixteenth round (2026-12-03, commit "Training
// floors measured at the end of the sixteenth round"), 12,433 lines
// (heldout15's and 48 fresh near misses and positives):
//   measured:  absolute 0.822/0.855  you-blame 0.939/0.763  thought-as-feeling 0.913/0.974
//              evaluative-feeling 0.959/0.872  label 0.920/0.895  demand 0.907/0.889
//              contempt 0.943/0.774  defensiveness 0.971/0.857  stonewalling 0.977/0.870
// Demand rose above its lowered floors (0.884/0.877 -> 0.907/0.889), so they
// go up to about 0.02 below the measurement (0.86/0.86 -> 0.88/0.87), short of
// where they stood before heldout15 joined (0.89/0.88), the cap for a raise.
// Contempt (0.742 -> 0.774) and defensiveness (0.852 -> 0.857) rose too, but
// their floors were not lowered, so each already stands at its cap; all hold.
// Measured once more, on 2026-12-03 (seventeenth round), when heldout16.tsv's
// 844 lines joined, before any tuning on them (13,277 lines):
//   measured:  absolute 0.824/0.857  you-blame 0.940/0.761  thought-as-feeling 0.911/0.976
//              evaluative-feeling 0.954/0.872  label 0.919/0.898  demand 0.901/0.884
//              contempt 0.932/0.752  defensiveness 0.968/0.853  stonewalling 0.977/0.870
// That measurement fell below no floor, so none was lowered; all held.
// Contempt's precision (0.932) stands closest to its floor (0.93).
// Measured at the end of the seventeenth round (2026-12-03, commit "Training
// floors measured at the end of the seventeenth round"), 13,518 lines
// (heldout16's and 241 fresh near misses and positives):
//   measured:  absolute 0.842/0.857  you-blame 0.949/0.762  thought-as-feeling 0.912/0.976
//              evaluative-feeling 0.955/0.872  label 0.929/0.898  demand 0.908/0.917
//              contempt 0.947/0.824  defensiveness 0.973/0.895  stonewalling 0.981/0.870
// Contempt (0.932/0.752 -> 0.947/0.824), defensiveness (0.968/0.853 ->
// 0.973/0.895) and demand (0.901/0.884 -> 0.908/0.917) rose, and every
// precision rose, most with words quoted from someone else no longer read as
// the speaker's; but no floor was lowered when heldout16 joined, so none is raised
// here for that. Demand's floors (0.88/0.87) and absolute's precision (0.81),
// lowered when heldout15 and heldout14 joined from 0.89/0.88 and 0.83, go back
// up to about 0.02 below this measurement: demand to 0.89/0.88, its cap, and
// absolute's precision to 0.82. All hold.
// Lowered once more, on 2026-12-03 (eighteenth round), when heldout17.tsv's 876
// lines joined, measured before any tuning on them (14,394 lines):
//   measured:  absolute 0.847/0.856  you-blame 0.948/0.759  thought-as-feeling 0.914/0.974
//              evaluative-feeling 0.955/0.867  label 0.925/0.893  demand 0.902/0.907
//              contempt 0.944/0.810  defensiveness 0.969/0.886  stonewalling 0.979/0.862
// Only the floor that measurement fell below was lowered, to about 0.02 below
// it (evaluative-feeling's recall, 0.87 -> 0.85); the others held.
// Measured at the end of the eighteenth round (2026-12-03, commit "Training
// floors measured at the end of the eighteenth round"), 14,458 lines
// (heldout17's and 64 fresh near misses and positives):
//   measured:  absolute 0.847/0.856  you-blame 0.950/0.771  thought-as-feeling 0.914/0.974
//              evaluative-feeling 0.955/0.867  label 0.926/0.893  demand 0.902/0.907
//              contempt 0.945/0.815  defensiveness 0.969/0.888  stonewalling 0.980/0.869
// You-blame (0.759 -> 0.771), contempt (0.810 -> 0.815), stonewalling (0.862 ->
// 0.869) and defensiveness (0.886 -> 0.888) rose, most on lines typed as texts,
// and no precision fell; but their floors were not lowered, so each already
// stands at its cap. Evaluative-feeling's recall, the one floor lowered when
// heldout17 joined, was not worked on and stands where it was (0.867): about
// 0.02 below it is 0.85, where it stands, so it is not raised, short of its cap
// (0.87). All hold.
// Measured once more, on 2026-12-03 (nineteenth round), when heldout18.tsv's
// 878 lines joined, before any tuning on them (15,336 lines):
//   measured:  absolute 0.853/0.858  you-blame 0.950/0.775  thought-as-feeling 0.910/0.972
//              evaluative-feeling 0.951/0.867  label 0.928/0.895  demand 0.901/0.898
//              contempt 0.945/0.805  defensiveness 0.966/0.871  stonewalling 0.979/0.857
// That measurement fell below no floor, so none was lowered; all held.
// Stonewalling's recall (0.857) stands closest to its floor (0.85).
// Measured at the end of the nineteenth round (2026-12-03, commit "Training
// floors measured at the end of the nineteenth round"), 15,375 lines
// (heldout18's and 39 fresh near misses and positives):
//   measured:  absolute 0.853/0.858  you-blame 0.950/0.775  thought-as-feeling 0.910/0.972
//              evaluative-feeling 0.951/0.867  label 0.928/0.895  demand 0.901/0.898
//              contempt 0.945/0.809  defensiveness 0.966/0.873  stonewalling 0.979/0.864
// Contempt (0.805 -> 0.809), defensiveness (0.871 -> 0.873) and stonewalling
// (0.857 -> 0.864) rose, and no precision fell. The floors of the three kinds
// worked on that stood well below their measurement go up to about 0.02 below
// it: contempt's recall 0.70 -> 0.79, defensiveness's recall 0.77 -> 0.85,
// stonewalling's precision 0.95 -> 0.96. The precisions of absolute (0.82),
// you-blame (0.92) and label (0.89) would bear 0.83, 0.93 and 0.91, but those
// kinds were not worked on; left to the lead. All hold.
const QList<Floor> trainingFloors = {
    {u"absolute"_s, 0.82, 0.85},      {u"you-blame"_s, 0.92, 0.75},     {u"thought-as-feeling"_s, 0.90, 0.96},
    {u"evaluative-feeling"_s, 0.94, 0.85}, {u"label"_s, 0.89, 0.87},    {u"demand"_s, 0.89, 0.88},
    {u"contempt"_s, 0.93, 0.79},      {u"defensiveness"_s, 0.96, 0.85}, {u"stonewalling"_s, 0.96, 0.85},
};

// On the held-out lines: set by the lead from the first measurement
// (2026-12-01, commit of the merge of the coach's #17 work), about 0.05 below
// it; after that they only ever go up. Low recall on the new kinds is what the
// held-out set is for: it says how far the coach still is from sentences
// nobody here wrote.
//   measured:  absolute 0.82/0.82  you-blame 1.00/0.79  thought-as-feeling 0.95/1.00
//              evaluative-feeling 1.00/1.00  label 1.00/0.85  demand 0.93/0.59
//              contempt 0.78/0.30  defensiveness 0.91/0.48  stonewalling 1.00/0.55
// Raised on 2026-12-01 (second session) from the coach helper's end
// measurement, its third look at the set, at the commit "a sixth fresh batch
// of near misses" (the shapes of the horsemen and demands), about 0.05 below:
//   measured:  absolute 0.85/0.82  you-blame 1.00/0.79  thought-as-feeling 0.95/1.00
//              evaluative-feeling 1.00/1.00  label 1.00/0.85  demand 0.86/0.86
//              contempt 0.87/0.57  defensiveness 0.95/0.86  stonewalling 0.94/0.80
// Stonewalling's precision floor was lowered once, 0.95 -> 0.90, at the merge:
// the coach now flags one healthy line of the set's 17 near-misses of that
// kind (0.94) while finding 0.80 of the real ones instead of 0.55. Which line
// it is was not looked at.
const QList<Floor> heldOutFloors = {
    {u"absolute"_s, 0.80, 0.77},      {u"you-blame"_s, 0.95, 0.74},     {u"thought-as-feeling"_s, 0.90, 0.95},
    {u"evaluative-feeling"_s, 0.95, 0.95}, {u"label"_s, 0.95, 0.80},    {u"demand"_s, 0.85, 0.81},
    {u"contempt"_s, 0.82, 0.52},      {u"defensiveness"_s, 0.90, 0.81}, {u"stonewalling"_s, 0.90, 0.75},
};

// The second held-out set, heldout2.tsv (346 lines written blind), was
// measured once, at the merge of the coach's second round:
//   measured:  absolute 0.94/0.88  you-blame 0.87/0.68  thought-as-feeling 0.92/0.86
//              evaluative-feeling 1.00/1.00  label 0.88/0.67  demand 0.94/0.84
//              contempt 0.89/0.39  defensiveness 0.88/0.62  stonewalling 1.00/0.57
// against 0.97 to 1.00 on the training lines. To learn from its misses its
// lines moved into corpus.tsv (2026-12-01, third round), so it no longer
// measures anything; heldout3.tsv does instead.

// The third held-out set, tests/data/coach/heldout3.tsv: 444 lines written
// blind by a helper who read nothing of Hearth, committed before the coach's
// third round of work, which never opened it. It had floors from its first and
// only measurement (2026-12-01, at the end of that round, commit "Contempt's shapes
// in two files"), 0.05 below it:
//   measured:  absolute 0.81/0.87  you-blame 0.94/0.59  thought-as-feeling 0.87/0.96
//              evaluative-feeling 1.00/0.93  label 1.00/0.65  demand 0.77/0.57
//              contempt 0.68/0.34  defensiveness 0.87/0.62  stonewalling 0.94/0.71
// Against 0.88 to 1.00 on the training lines: the rules of this round still
// catch too little of new sentences (contempt, demand, you-blame, label), and
// contempt and demand flag healthy lines too often (0.68, 0.77). Which lines
// was not looked at. To learn from its misses its lines moved into corpus.tsv
// (2026-12-01, fourth round), so it no longer measures anything and its floors
// went with it; the next blind set measures instead.

// The fourth held-out set, tests/data/coach/heldout4.tsv: 534 lines written
// blind by a helper who read nothing of Hearth's coach, its lists, its tests
// or the earlier sets, committed (0e701ec) before the coach's fourth round,
// which never opened it. It had floors from its first and only measurement
// (2026-12-02, at the merge of that round), 0.05 below it:
//   measured:  absolute 0.61/0.82  you-blame 0.84/0.54  thought-as-feeling 0.91/0.91
//              evaluative-feeling 1.00/0.95  label 0.83/0.80  demand 0.80/0.91
//              contempt 0.88/0.42  defensiveness 0.97/0.65  stonewalling 1.00/0.50
// Against heldout3 at the end of the round before: demand's recall rose
// (0.57 -> 0.91), contempt's precision (0.68 -> 0.88) and recall (0.34 ->
// 0.42), label's recall (0.65 -> 0.80). Still short: sweeping words flag
// healthy lines (absolute precision 0.61: this set has many near misses with
// "always" and "never"), and half of the blame, contempt and stonewalling in
// sentences nobody here wrote goes unseen. Which lines was not looked at.
// To learn from its misses its lines moved into corpus.tsv (2026-12-02, fifth
// round), so it no longer measures anything and its floors went with it. The
// next blind set, heldout5.tsv, was committed before that round, which never
// opened it; it measured instead (below).

// The fifth held-out set, tests/data/coach/heldout5.tsv: 647 lines written
// blind by a helper who read nothing of Hearth's coach, its lists, its tests
// or the earlier sets, committed (07f1b80) before the coach's fifth round,
// which never opened it. It had floors from its first and only measurement
// (2026-12-02, at the merge of that round), 0.05 below it:
//   measured:  absolute 0.83/0.84  you-blame 0.95/0.72  thought-as-feeling 0.98/1.00
//              evaluative-feeling 0.95/0.85  label 0.94/0.71  demand 0.90/0.86
//              contempt 0.94/0.43  defensiveness 1.00/0.59  stonewalling 0.95/0.83
// Against heldout4 at the end of the round before: sweeping words flag far
// fewer healthy lines (absolute precision 0.61 -> 0.83), stonewalling is
// found far more often (0.50 -> 0.83), you-blame more (0.54 -> 0.72). Still
// short on sentences nobody here wrote: contempt (0.43: sarcasm and mockery
// take endless forms) and defensiveness (0.59). Which lines was not looked at.
// To learn from its misses its lines moved into corpus.tsv (2026-12-02, sixth
// round), so it no longer measures anything and its floors went with it. The
// next blind set, heldout6.tsv, was written before that round, which never
// opened it; it measures instead (below).

// The sixth held-out set, tests/data/coach/heldout6.tsv: 744 lines written
// blind by a helper who read nothing of Hearth's coach, its lists, its tests
// or the earlier sets, committed (0c110d2) before the coach's sixth round
// landed, which never opened it. It had floors from its first and only
// measurement (2026-12-02, at the merge of that round), 0.05 below it:
//   measured:  absolute 0.91/0.91  you-blame 0.97/0.71  thought-as-feeling 0.93/1.00
//              evaluative-feeling 0.93/0.81  label 0.91/0.84  demand 0.93/0.96
//              contempt 0.92/0.55  defensiveness 0.91/0.60  stonewalling 0.98/0.80
// Against heldout5 the round before: contempt's recall rose (0.43 -> 0.55),
// label's (0.71 -> 0.84), demand's (0.86 -> 0.96), and sweeping words flag
// fewer healthy lines (0.83 -> 0.91). Still short: irony that needs its
// context to be heard (contempt), excuses and cross-complaints
// (defensiveness, 0.60), and blame in shapes the rules do not know
// (you-blame, 0.71). Which lines was not looked at.
// To learn from its misses its lines moved into corpus.tsv (2026-12-02, seventh
// round), so it no longer measures anything and its floors went with it. The
// next blind set, heldout7.tsv, was committed before that round, which never
// opened it; it measures instead (below).

// The seventh held-out set, tests/data/coach/heldout7.tsv: 929 lines written
// blind by a helper who read nothing of Hearth's coach, its lists, its tests
// or the earlier sets, asked for more blame, contempt and defensiveness in
// varied word orders; committed (5ddab89) before the coach's seventh round,
// which never opened it. It had floors from its first and only measurement
// (2026-12-02, at the merge of that round), 0.05 below it:
//   measured:  absolute 0.80/0.91  you-blame 0.87/0.53  thought-as-feeling 0.94/0.98
//              evaluative-feeling 0.90/0.86  label 0.92/0.79  demand 0.79/0.87
//              contempt 0.90/0.50  defensiveness 0.96/0.59  stonewalling 0.91/0.76
// Lower than heldout6 in places: this set holds twice the blame, much of it
// in orders the rules do not know (you-blame recall 0.53), and more near
// misses for orders and sweeping words (demand precision 0.79, absolute
// 0.80). Contempt (0.50) and defensiveness (0.59) stay about where they were.
// Which lines was not looked at.
// To learn from its misses its lines moved into corpus.tsv (2026-12-02, eighth
// round), so it no longer measures anything and its floors went with it. The
// next blind set, heldout8.tsv, was committed (34661f6) before that round,
// which never opened it; it measures instead (below).

// The eighth held-out set, tests/data/coach/heldout8.tsv: 912 lines written
// blind by a helper who read nothing of Hearth's coach, its lists, its tests
// or the earlier sets; committed (34661f6) before the coach's eighth round,
// which never opened it. It had floors from its first and only measurement
// (2026-12-02, at the merge of that round), 0.05 below it:
//   measured:  absolute 0.79/0.78  you-blame 0.86/0.57  thought-as-feeling 0.95/1.00
//              evaluative-feeling 1.00/0.76  label 0.91/0.80  demand 0.93/0.94
//              contempt 0.95/0.50  defensiveness 0.98/0.52  stonewalling 0.98/0.85
// Against heldout7 the round before: demand's precision rose (0.79 -> 0.93)
// and you-blame's recall a little (0.53 -> 0.57); contempt (0.50) and
// defensiveness (0.52) are where they were: irony, minimising and excuses are
// what the rules still miss. Which lines was not looked at.
// To learn from its misses its lines moved into corpus.tsv (2026-12-02, ninth
// round), so it no longer measures anything and its floors went with it. The
// next blind set, heldout9.tsv, was committed (6b7aadc) before that round,
// which never opened it; it measures instead (below).

// The ninth held-out set, tests/data/coach/heldout9.tsv: 901 lines written
// blind by a helper who read nothing of Hearth's coach, its lists, its tests
// or the earlier sets; committed (6b7aadc) before the coach's ninth round,
// which never opened it. It had floors from its first and only measurement
// (2026-12-02, at ede0209, the merge of that round), 0.05 below it:
//   measured:  absolute 0.87/0.84  you-blame 0.91/0.70  thought-as-feeling 0.94/0.98
//              evaluative-feeling 1.00/0.89  label 0.92/0.75  demand 0.91/0.87
//              contempt 0.96/0.47  defensiveness 0.98/0.71  stonewalling 0.92/0.74
// Against heldout8 the round before: defensiveness's recall rose (0.52 ->
// 0.71) with minimising and excuses, you-blame's (0.57 -> 0.70) with blame
// in more orders; contempt by irony (0.47) is what the rules still miss.
// Which lines was not looked at.
// To learn from its misses its lines moved into corpus.tsv (2026-12-03, tenth
// round), so it no longer measures anything and its floors went with it. The
// next blind set, heldout10.tsv, was committed (142b9bb) before that round,
// which never opened it; it measures instead (below).

// The tenth held-out set, tests/data/coach/heldout10.tsv: 828 lines written
// blind by a helper who read nothing of Hearth's coach, its lists, its tests
// or the earlier sets; committed (142b9bb) before the coach's tenth round,
// which never opened it. It had floors from its first and only measurement
// (2026-12-03, at 4e54aa1, the merge of that round), 0.05 below it:
//   measured:  absolute 0.75/0.81  you-blame 0.96/0.68  thought-as-feeling 0.93/0.96
//              evaluative-feeling 0.98/0.85  label 0.77/0.73  demand 0.86/0.84
//              contempt 0.90/0.41  defensiveness 0.91/0.56  stonewalling 0.97/0.55
// Lower than heldout9 in places: a new writer, with new frames. Contempt by
// irony (0.41), defensiveness (0.56) and stonewalling (0.55) are what the
// rules still miss. Which lines was not looked at.
// To learn from its misses its lines moved into corpus.tsv (2026-12-03,
// eleventh round), so it no longer measures anything and its floors went with
// it. The next blind set, heldout11.tsv, was committed (180647f) before that
// round, which never opened it; it measures instead (below).

// The eleventh held-out set, tests/data/coach/heldout11.tsv: 780 lines
// written blind by a helper who read nothing of Hearth's coach, its lists, its
// tests or the earlier sets; committed (180647f) before the coach's eleventh
// round, which never opened it. It had floors from its first and only
// measurement (2026-12-03, at e64d7b4, the merge of that round), 0.05 below it:
//   measured:  absolute 0.76/0.79  you-blame 0.92/0.63  thought-as-feeling 0.86/0.96
//              evaluative-feeling 0.91/0.84  label 0.88/0.81  demand 0.75/0.84
//              contempt 0.95/0.46  defensiveness 0.98/0.57  stonewalling 0.98/0.70
// Against heldout10 the round before: stonewalling's recall rose (0.55 ->
// 0.70), label's (0.73 -> 0.81), contempt's a little (0.41 -> 0.46);
// contempt by irony and defensiveness (0.57) are what the rules still miss,
// and demand's precision (0.75) fell. Which lines was not looked at.
// To learn from its misses its lines moved into corpus.tsv (2026-12-03,
// twelfth round), so it no longer measures anything and its floors went with
// it. The next blind set, heldout12.tsv, is written blind, apart from that
// round, which never opened it; it measures instead (below).

// The twelfth held-out set, tests/data/coach/heldout12.tsv: 792 lines
// written blind by a helper who read nothing of Hearth's coach, its lists, its
// tests or the earlier sets, in a folder the twelfth round never opened;
// committed (8bc7799) before that round merged. It had floors from its first
// and only measurement (2026-12-03, at f3ce954, the merge of that round), 0.05
// below it:
//   measured:  absolute 0.75/0.75  you-blame 0.90/0.66  thought-as-feeling 0.95/0.96
//              evaluative-feeling 0.98/0.89  label 0.88/0.69  demand 0.86/0.88
//              contempt 0.94/0.58  defensiveness 0.92/0.65  stonewalling 0.98/0.68
// Against heldout11 the round before: contempt's recall rose (0.46 -> 0.58),
// defensiveness's (0.57 -> 0.65), demand's precision (0.75 -> 0.86);
// stonewalling held (0.70 -> 0.68) and label's recall fell (0.81 -> 0.69), so
// insults beyond the lexicon remain what the rules miss most. Which lines was
// not looked at.
// To learn from its misses its lines moved into corpus.tsv (2026-12-03,
// thirteenth round), so it no longer measures anything and its floors went
// with it. The next blind set, heldout13.tsv, is written blind, apart from that
// round, which never opened it; it measures instead (below).

// The thirteenth held-out set, tests/data/coach/heldout13.tsv: 796 lines
// written blind by a helper who read nothing of Hearth's coach, its lists, its
// tests or the earlier sets, in a folder the thirteenth round never opened;
// committed before that round merged. This writer was asked for insults of
// every kind (regional, old-fashioned, compound, creative: 89 label lines).
// It had floors from its first and only measurement (2026-12-03, at 28880ad,
// the merge of that round), 0.05 below it:
//   measured:  absolute 0.80/0.80  you-blame 0.92/0.59  thought-as-feeling 0.93/0.93
//              evaluative-feeling 1.00/0.83  label 0.83/0.39  demand 0.77/0.80
//              contempt 0.87/0.36  defensiveness 0.97/0.66  stonewalling 0.96/0.75
// Against heldout12: stonewalling rose (0.68 -> 0.75), defensiveness held
// (0.65 -> 0.66); label (0.69 -> 0.39) and contempt (0.58 -> 0.36) fell on
// insults the lexicon has never seen, which is what word lists cannot reach.
// Which lines was not looked at.
// To learn from its misses its lines moved into corpus.tsv (2026-12-03,
// fourteenth round), so it no longer measures anything and its floors went
// with it. The next blind set, heldout14.tsv, is written blind, apart from that
// round, which never opened it; it measures instead (below).

// The fourteenth held-out set, tests/data/coach/heldout14.tsv: 902 lines
// written blind by a helper who read nothing of Hearth's coach, its lists, its
// tests or the earlier sets, in a folder the fourteenth round never opened;
// committed before that round merged. This writer was asked for every
// register: texts and chat, spoken transcripts, regional English, irony as
// praise, stonewalling with no subject, insults no list holds.
// It had floors from its first and only measurement (2026-12-03, at e7ac9be,
// the merge of that round), 0.05 below it:
//   measured:  absolute 0.80/0.89  you-blame 0.92/0.73  thought-as-feeling 0.80/0.98
//              evaluative-feeling 0.88/0.75  label 0.92/0.70  demand 0.89/0.81
//              contempt 0.87/0.63  defensiveness 0.96/0.51  stonewalling 0.98/0.67
// Against heldout13 (another writer, so a guide, not a like-for-like): label
// recall 0.39 -> 0.70 and contempt 0.36 -> 0.63, with insults now known by
// their shape; defensiveness fell (0.66 -> 0.51), on excuses and
// counter-attacks that never say "not my fault". Which lines was not looked at.
// To learn from its misses its lines moved into corpus.tsv (2026-12-03,
// fifteenth round), so it no longer measures anything and its floors went
// with it. The next blind set, heldout15.tsv, is written blind, apart from that
// round, which never opened it; it measures instead (below).

// The fifteenth held-out set, tests/data/coach/heldout15.tsv: 865 lines
// written blind by a helper who read nothing of Hearth's coach, its lists, its
// tests or the earlier sets, in a folder the fifteenth round never opened;
// committed before that round merged. This writer was asked above all for
// defensiveness in every form a counsellor knows (112 lines), each beside
// near misses that take responsibility.
// It had floors from its first and only measurement (2026-12-03, at 2ec1376,
// the merge of that round), 0.05 below it:
//   measured:  absolute 0.81/0.82  you-blame 0.98/0.75  thought-as-feeling 0.86/0.96
//              evaluative-feeling 0.92/0.80  label 0.95/0.79  demand 0.72/0.72
//              contempt 0.87/0.59  defensiveness 0.94/0.54  stonewalling 1.00/0.77
// The round raised defensiveness's training recall from 0.76 to 0.88 and its
// blind recall only from 0.51 (heldout14) to 0.54: the phrases and shapes it
// learnt did not reach most of another writer's excuses and counter-attacks.
// Which lines was not looked at.
// To learn from its misses its lines moved into corpus.tsv (2026-12-03,
// sixteenth round), so it no longer measures anything and its floors went
// with it. The next blind set, heldout16.tsv, is written blind, apart from that
// round, which never opened it; it measures instead (below).

// The sixteenth held-out set, tests/data/coach/heldout16.tsv: 844 lines
// written blind by a helper who read nothing of Hearth's coach, its lists, its
// tests or the earlier sets, in a folder the sixteenth round never opened;
// committed before that round merged. This writer was asked above all for
// contempt in every form (117 lines: praise as sarcasm, mock questions,
// mimicry, eye-roll words, superiority) and for orders beside real requests.
// It had floors from its first and only measurement (2026-12-03, at 7090938,
// the merge of that round), 0.05 below it:
//   measured:  absolute 0.85/0.88  you-blame 0.95/0.73  thought-as-feeling 0.89/1.00
//              evaluative-feeling 0.89/0.87  label 0.92/0.95  demand 0.83/0.82
//              contempt 0.77/0.50  defensiveness 0.89/0.76  stonewalling 0.98/0.87
// Against heldout15 (another writer): demand's precision 0.72 -> 0.83 after
// the round's work on requests; contempt 0.87/0.59 -> 0.77/0.50 on a set made
// of the sarcasm and mimicry that need their moment to be read.
// Which lines was not looked at.
// To learn from its misses its lines moved into corpus.tsv (2026-12-03,
// seventeenth round), so it no longer measures anything and its floors went
// with it. The next blind set, heldout17.tsv, is written blind, apart from that
// round, which never opened it; it measures instead (below).

// The seventeenth held-out set, tests/data/coach/heldout17.tsv: 876 lines
// written blind by a helper who read nothing of Hearth's coach, its lists, its
// tests or the earlier sets, in a folder the seventeenth round never opened;
// committed before that round merged (59e54ac). This writer was asked for how
// people really talk and type: text-message style without apostrophes,
// run-on statements mid-argument, many registers of English, any couple.
// It had floors from its first and only measurement (2026-12-03, at 54a09f0,
// the merge of that round), 0.05 below it:
//   measured:  absolute 0.92/0.84  you-blame 0.94/0.71  thought-as-feeling 0.94/0.95
//              evaluative-feeling 0.94/0.81  label 0.87/0.83  demand 0.83/0.78
//              contempt 0.88/0.59  defensiveness 0.90/0.73  stonewalling 0.95/0.76
// Against heldout16 (another writer): contempt 0.77/0.50 -> 0.88/0.59 after
// the round's work on sarcasm and condescension; defensiveness 0.89/0.76 ->
// 0.90/0.73; stonewalling's recall 0.87 -> 0.76 on shut-downs typed as texts.
// Which lines was not looked at.
// To learn from its misses its lines moved into corpus.tsv (2026-12-03,
// eighteenth round), so it no longer measures anything and its floors went
// with it. The next blind set, heldout18.tsv, is written blind, apart from that
// round, which never opened it; it measures instead (below).

// The eighteenth held-out set, tests/data/coach/heldout18.tsv: 878 lines
// written blind by a helper who read nothing of Hearth's coach, its lists, its
// tests or the earlier sets, in a folder the eighteenth round never opened;
// committed before that round merged (dfc2935). This writer was asked for the
// everyday life of couples (money, chores, family, work, distance, health,
// pets, travel, friends, screens, affection, moving, hobbies), each
// situation's harmful lines beside the kind near misses said about it.
// It had floors from its first and only measurement (2026-12-03, at 9586c07,
// the merge of that round), 0.05 below it:
//   measured:  absolute 0.93/0.89  you-blame 0.96/0.85  thought-as-feeling 0.86/0.93
//              evaluative-feeling 0.89/0.86  label 0.95/0.93  demand 0.88/0.79
//              contempt 0.96/0.65  defensiveness 0.88/0.55  stonewalling 0.96/0.68
// Against heldout17 (another writer): contempt 0.88/0.59 -> 0.96/0.65;
// defensiveness's recall 0.73 -> 0.55 on excuses told through each
// situation's details; stonewalling's recall 0.76 -> 0.68.
// Which lines was not looked at.
// To learn from its misses its lines moved into corpus.tsv (2026-12-03,
// nineteenth round), so it no longer measures anything and its floors went
// with it. The next blind set, heldout19.tsv, is written blind, apart from that
// round, which never opened it; it measures instead (below).

// The nineteenth held-out set, tests/data/coach/heldout19.tsv: 870 lines
// written blind by a helper who read nothing of Hearth's coach, its lists, its
// tests or the earlier sets, in a folder the nineteenth round never opened;
// committed before that round merged (aec5865). This writer was asked for the
// heat of an argument and what comes after it (jealousy, apologies, in-laws,
// cancelled plans, affection, money, making up), spoken and typed, some in
// English as a second language, any couple.
// Floors from its first and only measurement (2026-12-03, at the merge of that
// round), 0.05 below it:
//   measured:  absolute 0.94/0.94  you-blame 0.98/0.70  thought-as-feeling 0.94/1.00
//              evaluative-feeling 1.00/0.87  label 0.93/0.90  demand 0.88/0.77
//              contempt 0.94/0.52  defensiveness 0.90/0.68  stonewalling 0.97/0.69
// Against heldout18 (another writer): contempt's recall 0.65 -> 0.52 on the
// sarcasm and mock surprise of a fight; defensiveness 0.55 -> 0.68;
// stonewalling 0.68 -> 0.69; you-blame's recall 0.85 -> 0.70.
// Which lines was not looked at.
const QList<Floor> heldOut19Floors = {
    {u"absolute"_s, 0.89, 0.89},      {u"you-blame"_s, 0.93, 0.65},     {u"thought-as-feeling"_s, 0.89, 0.95},
    {u"evaluative-feeling"_s, 0.95, 0.82}, {u"label"_s, 0.88, 0.85},    {u"demand"_s, 0.83, 0.72},
    {u"contempt"_s, 0.89, 0.47},      {u"defensiveness"_s, 0.85, 0.63}, {u"stonewalling"_s, 0.92, 0.64},
};

struct Line
{
    int number = 0;
    QSet<QString> expected;
    QString statement;
};

struct Counts
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    [[nodiscard]] double precision() const
    {
        const int flagged = truePositives + falsePositives;
        return flagged == 0 ? 1.0 : double(truePositives) / flagged;
    }
    [[nodiscard]] double recall() const
    {
        const int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : double(truePositives) / expected;
    }
};

using Scores = QMap<QString, Counts>;

// Reads `kinds<TAB>statement` lines; an error names the file and line.
QString readLines(const QString &path, QList<Line> &lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return u"%1: cannot be read"_s.arg(path);
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        QString raw = QString::fromUtf8(file.readLine());
        while (raw.endsWith(u'\n') || raw.endsWith(u'\r'))
            raw.chop(1);
        if (raw.startsWith(u'#') || raw.trimmed().isEmpty())
            continue;
        const qsizetype tab = raw.indexOf(u'\t');
        if (tab <= 0)
            return u"%1:%2: has no tab"_s.arg(path).arg(number);
        Line line{number, {}, raw.mid(tab + 1)};
        for (const QString &kind : raw.left(tab).split(u',', Qt::SkipEmptyParts)) {
            const QString k = kind.trimmed();
            if (k == u"none"_s)
                continue;
            if (!kinds.contains(k))
                return u"%1:%2: unknown kind %3"_s.arg(path).arg(number).arg(k);
            line.expected.insert(k);
        }
        lines.append(line);
    }
    return {};
}

QString pr(const Counts &c)
{
    return u"%1 / %2 (of %3)"_s.arg(c.precision(), 0, 'f', 2).arg(c.recall(), 0, 'f', 2)
        .arg(c.truePositives + c.falseNegatives);
}

} // namespace

Q_DECLARE_METATYPE(QList<Floor>)

class TestCoachCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_content.loadDirectory(ContentRepository::builtInRoot());
        QVERIFY(m_content.errors().isEmpty());
        const QString error = readLines(QStringLiteral(HEARTH_TEST_DATA "/coach/corpus.tsv"), m_training);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void theCorpusIsLargeAndVaried()
    {
        QVERIFY(m_training.size() >= 300);
        for (const QString &kind : kinds) {
            const auto withKind = std::count_if(m_training.cbegin(), m_training.cend(),
                                                [&](const Line &l) { return l.expected.contains(kind); });
            QVERIFY2(withKind >= 15, qPrintable(kind));
        }
        const auto clean = std::count_if(m_training.cbegin(), m_training.cend(),
                                         [](const Line &l) { return l.expected.isEmpty(); });
        QVERIFY(clean >= 100);
    }

    void trainingPrecisionAndRecall()
    {
        const Scores scores = score(m_training, !qEnvironmentVariableIsEmpty("HEARTH_COACH_MISSES"));
        report(u"training lines (tests/data/coach/corpus.tsv, tuned on)"_s, scores);
        checkFloors(scores, trainingFloors);
    }

    // Every statement with a finding gets a whole kinder sentence, and that
    // sentence, its blanks filled, passes the coach itself.
    void everyRewritePassesTheCoach()
    {
        const Coach coach(m_content);
        int rewritten = 0;
        for (const Line &line : std::as_const(m_training)) {
            const CoachAnalysis analysis = coach.analyze(line.statement);
            QCOMPARE(analysis.rewrite.isNull(), analysis.isClean());
            if (analysis.isClean())
                continue;
            ++rewritten;
            if (!qEnvironmentVariableIsEmpty("HEARTH_COACH_REWRITES"))
                qInfo().noquote() << line.statement << u"=>"_s << analysis.rewrite;
            QVERIFY2(analysis.rewrite.contains(CoachRewriter::blank()) || !analysis.rewrite.isEmpty(),
                     qPrintable(line.statement));
            const QString filled = CoachRewriter::filled(analysis.rewrite);
            const CoachAnalysis again = coach.analyze(filled);
            QVERIFY2(again.isClean(), qPrintable(u"line %1: %2 -> %3 (%4)"_s.arg(line.number).arg(
                line.statement, filled, again.isClean() ? QString() : again.findings.constFirst().kind)));
        }
        QVERIFY(rewritten >= 300);
    }

    void heldOutPrecisionAndRecall_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QList<Floor>>("floors");
        QTest::newRow("first") << u"heldout.tsv"_s << heldOutFloors;
        QTest::newRow("nineteenth") << u"heldout19.tsv"_s << heldOut19Floors;
    }

    void heldOutPrecisionAndRecall()
    {
        QFETCH(QString, name);
        QFETCH(QList<Floor>, floors);
        const QString path = QStringLiteral(HEARTH_TEST_DATA "/coach/") + name;
        QVERIFY2(QFile::exists(path), qPrintable(u"tests/data/coach/%1 is committed and must be read"_s.arg(name)));
        QList<Line> heldOut;
        const QString error = readLines(path, heldOut);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const Scores scores = score(heldOut, false); // never print its lines
        report(u"held-out lines (tests/data/coach/%1, never tuned on)"_s.arg(name), scores);
        checkFloors(scores, floors);
    }

private:
    Scores score(const QList<Line> &lines, bool showMisses) const
    {
        const Coach coach(m_content);
        Scores scores;
        for (const Line &line : lines) {
            QSet<QString> found;
            for (const CoachFinding &finding : coach.analyze(line.statement).findings)
                found.insert(finding.kind);
            for (const QString &kind : kinds) {
                const bool expected = line.expected.contains(kind);
                const bool flagged = found.contains(kind);
                Counts &counts = scores[kind];
                counts.truePositives += expected && flagged;
                counts.falsePositives += !expected && flagged;
                counts.falseNegatives += expected && !flagged;
            }
            if (showMisses && found != line.expected) {
                QStringList want(line.expected.cbegin(), line.expected.cend());
                QStringList got(found.cbegin(), found.cend());
                want.sort();
                got.sort();
                qInfo().noquote() << u"line %1: expected %2, found %3: %4"_s.arg(line.number)
                                         .arg(want.join(u','), got.join(u','), line.statement);
            }
        }
        return scores;
    }

    static void report(const QString &title, const Scores &scores)
    {
        qInfo().noquote() << title;
        qInfo().noquote() << u"  %1 precision / recall (lines with the kind)"_s.arg(u"kind"_s, -20);
        for (const QString &kind : kinds)
            qInfo().noquote() << u"  %1 %2"_s.arg(kind, -20).arg(pr(scores.value(kind)));
    }

    static void checkFloors(const Scores &scores, const QList<Floor> &floors)
    {
        for (const Floor &floor : floors) {
            const Counts counts = scores.value(floor.kind);
            QVERIFY2(counts.precision() >= floor.precision,
                     qPrintable(u"%1 precision %2 < %3"_s.arg(floor.kind).arg(counts.precision()).arg(floor.precision)));
            QVERIFY2(counts.recall() >= floor.recall,
                     qPrintable(u"%1 recall %2 < %3"_s.arg(floor.kind).arg(counts.recall()).arg(floor.recall)));
        }
    }

    ContentRepository m_content;
    QList<Line> m_training;
};

QTEST_GUILESS_MAIN(TestCoachCorpus)
#include "tst_coachcorpus.moc"
