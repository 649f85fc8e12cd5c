/**
 * The portal: the public site and the beneficiary's self-service pages, where a signed-in beneficiary follows and
 * submits their own requests.
 */
package sa.silah.portal;
