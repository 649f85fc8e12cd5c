package sa.silah.outreach;

/**
 * What one run of the standing rules did.
 *
 * @param documentsReminded requests whose beneficiary is reminded of the documents awaited
 * @param callTasksOpened calls asked of officers
 * @param callTasksClosed open calls closed because the beneficiary was contacted since
 * @param callTasksCancelled open calls cancelled because the beneficiary is no longer in high need
 * @param programmesInvited activities whose invitation campaign was started
 */
public record StandingRuleRun(int documentsReminded, int callTasksOpened, int callTasksClosed, int callTasksCancelled,
        int programmesInvited) {
}
