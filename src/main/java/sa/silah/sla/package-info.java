/**
 * The Saudi business calendar: working days and hours in Asia/Riyadh, shorter hours for date ranges such
 * as Ramadan, public holidays as editable data, and the arithmetic of business time that due dates use.
 */
package sa.silah.sla;
