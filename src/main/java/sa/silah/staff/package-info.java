/**
 * Staff: accounts, roles and API tokens, and how Silah signs people and systems in.
 */
package sa.silah.staff;
