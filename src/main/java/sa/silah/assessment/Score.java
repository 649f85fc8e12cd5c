package sa.silah.assessment;

import java.util.List;

/** The outcome of scoring: the total, the need level it reaches, and every factor that gave points. */
public record Score(int total, NeedLevel needLevel, List<Factor> factors) {

    public Score {
        factors = List.copyOf(factors);
    }
}
