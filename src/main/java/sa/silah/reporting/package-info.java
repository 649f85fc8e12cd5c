/**
 * Reports and dashboards for managers and the board: the figures of requests, satisfaction and the voice of the
 * beneficiary for a period, drawn from daily figures kept up to date by the requests' events; their exports and
 * the annual beneficiary-relations report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package sa.silah.reporting;
