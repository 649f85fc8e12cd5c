package sa.silah.staff;

/** What a staff member may do in Silah. An account can hold several roles. */
public enum Role {
    /** Users, departments, segments, integrations; reads audit trails. */
    ADMIN,
    /** Watches service levels, satisfaction and suggestions; reviews the policy. */
    MANAGER,
    /** Beneficiary-relations officer: registers beneficiaries, opens and follows their requests. */
    OFFICER,
    /** Department staff who deliver the services routed to their department. */
    STAFF,
    /** Board member: approves policies and reads reports. */
    BOARD;

    public String authority() {
        return "ROLE_" + name();
    }
}
