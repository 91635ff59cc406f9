# Sourced by .ci/run: steps that run only when they fit in CI's time budget, so that the whole run stays well inside
# 40 minutes on 2 cores (CI's hard limit is 90). A step that does not fit is named, never skipped silently:
#   CI: skipped <step>: N s used, about M s needed (budget B s)
# IOTCA_CI_BUDGET (seconds, default 2100) is the budget for the whole run, counted from ci_start (set by .ci/run).
# It was 2400 until stop 27's CI took 2312 s: 35 minutes leaves room for a slower CI machine.
#
# Estimates are the step's cold time on a 2-core machine, measured with its own build (see each step in .ci/run);
# a step that reuses this run's release build (ccache) is cheaper, and says so through ci_release_built.

ci_budget="${IOTCA_CI_BUDGET:-2100}"
ci_release_built=0
ci_skipped=()

# budgeted_step NAME ESTIMATE_SECONDS COMMAND [ARGS...]
budgeted_step() {
    local name="$1" estimate="$2"
    shift 2
    local used=$(($(date +%s) - ci_start))
    if [ $((used + estimate)) -gt "$ci_budget" ]; then
        echo "CI: skipped $name: $used s used, about $estimate s needed (budget $ci_budget s)"
        ci_skipped+=("$name")
        return 0
    fi
    echo "CI: $name (about $estimate s; $used s of $ci_budget s used)"
    local step_start
    step_start=$(date +%s)
    "$@"
    echo "CI: $name took $(($(date +%s) - step_start)) s"
}

# budget_summary: the steps that did not fit, once more at the end of the log.
budget_summary() {
    if [ "${#ci_skipped[@]}" -gt 0 ]; then
        echo "CI: skipped for time: ${ci_skipped[*]} (raise IOTCA_CI_BUDGET to run them)"
    fi
}
