/**
 * The association's catalog: its departments (and, later, the services each department delivers).
 */
package sa.silah.catalog;
