/**
 * Eligibility (الأهلية): the rules each service states (need level, income per household member, age, household
 * size, cities, not received within some months, besides the segments the catalog keeps), the decision for one
 * beneficiary and one service with every rule's reason in plain words, the officers' recorded exceptions and their
 * report, and the services a beneficiary may apply for.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Eligibility")
package sa.silah.eligibility;
