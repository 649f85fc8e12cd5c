package sa.silah.beneficiary;

/** How a beneficiary prefers to be told about their requests. */
public enum ContactChannel {
    SMS, WHATSAPP, EMAIL
}
