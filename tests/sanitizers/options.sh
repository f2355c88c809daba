# Sourced by ./test.sh --sanitize: how the sanitizers run the suite. Every
# finding stops the program that made it, so the test fails.
supp=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# Leaks are checked; lsan.supp names the few that are Qt's own (none in
# Hearth's code), each with its reason. Qt is built without frame pointers, so
# the fast unwinder stops at the first Qt frame and no suppression could tell
# Qt's leaks from Hearth's: the slow unwinder records 10 frames of each
# allocation (enough to reach the suppressed frames; 30 made the suite 5 times
# slower, 10 about twice). The ODR and initialization-order checks are on.
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:fast_unwind_on_malloc=0:malloc_context_size=10:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1
export LSAN_OPTIONS=suppressions=$supp/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
