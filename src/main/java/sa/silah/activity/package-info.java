/**
 * Programmes and activities (البرامج والأنشطة) of the association's annual plan: training courses, awareness
 * sessions, seasonal programmes, workshops. Each states its dates, place or online link, capacity, who it is for and
 * when registration is open; beneficiaries register from the portal, by replying to an invitation or through an
 * officer, wait on a list when it is full, are reminded before it, have their attendance recorded, are asked to rate
 * it and, where it gives one, download a certificate of attendance.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Activities")
package sa.silah.activity;
