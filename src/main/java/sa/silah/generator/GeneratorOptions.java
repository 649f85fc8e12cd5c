package sa.silah.generator;

import java.util.List;

/**
 * What to generate, from the command line after {@code generate}: {@code --beneficiaries N}, {@code --requests M},
 * {@code --seed S} (same seed, same data), {@code --batch B} (rows per JDBC batch) and {@code --append} (add to a
 * database that already holds generated data). Values may follow the option or an equals sign.
 */
record GeneratorOptions(int beneficiaries, int requests, long seed, int batchSize, boolean append) {

    static final int DEFAULT_BATCH = 2000;

    GeneratorOptions {
        if (beneficiaries < 0 || requests < 0 || batchSize < 1) {
            throw new IllegalArgumentException("Counts must not be negative and the batch size must be positive");
        }
        if (requests > 0 && beneficiaries == 0) {
            throw new IllegalArgumentException("Requests belong to generated beneficiaries: give --beneficiaries too");
        }
    }

    static GeneratorOptions parse(List<String> args) {
        int beneficiaries = 1000;
        int requests = 2000;
        long seed = 1447;
        int batch = DEFAULT_BATCH;
        boolean append = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.startsWith("--spring.") || arg.startsWith("--silah.")) {
                continue;
            }
            String name = arg.contains("=") ? arg.substring(2, arg.indexOf('=')) : arg.substring(2);
            if (name.equals("append")) {
                append = true;
                continue;
            }
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                    : i + 1 < args.size() ? args.get(++i) : "";
            switch (name) {
                case "beneficiaries" -> beneficiaries = Integer.parseInt(value.replace("_", ""));
                case "requests" -> requests = Integer.parseInt(value.replace("_", ""));
                case "seed" -> seed = Long.parseLong(value);
                case "batch" -> batch = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("Unknown option --" + name
                        + "; use --beneficiaries, --requests, --seed, --batch, --append");
            }
        }
        return new GeneratorOptions(beneficiaries, requests, seed, batch, append);
    }
}
