/**
 * The portal's pages: the public site and its administration page, and the signed-in beneficiary's pages
 * (sign-in, first login, home, their requests, details and data).
 */
package sa.silah.portal.web;
