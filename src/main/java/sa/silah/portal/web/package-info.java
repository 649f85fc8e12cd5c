/** The public site's pages and the administrator's page for them. */
package sa.silah.portal.web;
