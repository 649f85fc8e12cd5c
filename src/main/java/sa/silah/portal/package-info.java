/**
 * The portal: the association's public site (home, services catalog, channels, request forms, tracking a
 * request without signing in) and the beneficiary's self-service pages, where a signed-in beneficiary follows and
 * submits their own requests.
 */
package sa.silah.portal;
