package sa.silah.generator;

import java.util.List;
import java.util.Random;

/**
 * The services requests are for, with weights that let a few services carry most requests as they do in an
 * association (the service ranked r weighs 1 / (r + 1)), the department of requests naming no service, the staff
 * who handle them and the survey closed requests are asked to answer.
 */
record Catalog(List<Service> services, long defaultDepartmentId, List<String> staff, Survey survey) {

    record Service(long id, long departmentId, long standardMinutes, String nameAr) {
    }

    /** A survey version and the keys and types of its scored questions. */
    record Survey(long id, List<Question> questions) {
    }

    record Question(String key, String type) {
    }

    Service pickService(Random random) {
        double total = 0;
        for (int rank = 0; rank < services.size(); rank++) {
            total += 1.0 / (rank + 1);
        }
        double draw = random.nextDouble() * total;
        for (int rank = 0; rank < services.size(); rank++) {
            draw -= 1.0 / (rank + 1);
            if (draw <= 0) {
                return services.get(rank);
            }
        }
        return services.get(services.size() - 1);
    }

    String pickStaff(Random random) {
        return staff.isEmpty() ? null : staff.get(random.nextInt(staff.size()));
    }
}
