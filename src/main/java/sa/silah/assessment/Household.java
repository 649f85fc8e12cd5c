package sa.silah.assessment;

/** The household an assessment counts, as the registry has it when assessed: its members and its dependents. */
public record Household(int size, int dependents) {

    public Household {
        size = Math.max(size, 1);
        dependents = Math.max(dependents, 0);
    }
}
