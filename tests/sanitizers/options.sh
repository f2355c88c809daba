# Sourced by ./test.sh --sanitize: how the sanitizers run the suite. Every
# finding stops the program that made it, so the test fails.
supp=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# Leaks are checked; lsan.supp names the few in Qt and the libraries under it
# (none in Hearth's code), each with its reason. The ODR check stays on.
export ASAN_OPTIONS=detect_leaks=1:halt_on_error=1:fast_unwind_on_malloc=0:malloc_context_size=10:detect_stack_use_after_return=1:check_initialization_order=1:strict_init_order=1
export LSAN_OPTIONS=suppressions=$supp/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
