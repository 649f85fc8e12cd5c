/**
 * Fills a database with realistic data for measuring Silah at scale: beneficiaries (people and organisations
 * with Saudi names, valid national IDs and mobiles, segments, consents) and three years of requests with their
 * history, contacts, notifications and satisfaction surveys, written with batched JDBC inserts. Started by
 * {@code java -jar silah.jar generate --beneficiaries N --requests M}; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Data generator")
package sa.silah.generator;
