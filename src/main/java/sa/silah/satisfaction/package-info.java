/**
 * Beneficiary satisfaction (قياس رضا المستفيدين): versioned surveys, the invitation every closed request gets
 * and the one-question rating an officer sends after a call or a visit, answering by link without signing in
 * (anonymously if the beneficiary wishes), the results for managers, the follow-ups that low ratings open for
 * the department's managers, and the improvements made from feedback that the public site lists.
 */
package sa.silah.satisfaction;
