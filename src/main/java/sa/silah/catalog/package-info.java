/**
 * The association's catalog: its departments and the services (service offerings) each department
 * delivers, with their standard duration in business time, required documents and eligible segments.
 */
package sa.silah.catalog;
