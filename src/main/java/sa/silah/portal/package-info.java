/**
 * The portal: the association's public site (home, services catalog, channels, request forms, tracking a
 * request without signing in, the public documents and FAQ) and the beneficiary's self-service portal:
 * sign-in by mobile and one-time code, claiming or registering one's record, portal sessions (separate from
 * staff sessions), one's requests, details and a copy of one's data.
 */
package sa.silah.portal;
