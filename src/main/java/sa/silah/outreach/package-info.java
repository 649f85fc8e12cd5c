/**
 * Outreach (التواصل الاستباقي): reaching beneficiaries without their having to ask. Audiences defined by filters over
 * the registry, with a live count that says who is left out for want of consent or by their own opt-out; campaigns
 * per channel and language, sent at the gateway's pace outside quiet hours, paused, resumed or cancelled, never twice
 * to anyone, with their delivery and response figures; and standing rules that run by themselves.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach")
package sa.silah.outreach;
