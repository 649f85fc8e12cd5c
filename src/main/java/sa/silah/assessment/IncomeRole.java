package sa.silah.assessment;

/** What a number question adds to the household's monthly budget: income (by source), or a fixed expense or debt. */
public enum IncomeRole {
    NONE, INCOME, EXPENSE
}
