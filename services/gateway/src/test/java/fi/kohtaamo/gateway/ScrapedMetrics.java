package fi.kohtaamo.gateway;

/** Values read from the gateway's Prometheus scrape. */
final class ScrapedMetrics {

    private ScrapedMetrics() {
    }

    /**
     * The sum of the samples of {@code name} whose labels contain {@code labels} ("" for any). The
     * value is the first field after the labels: an exemplar or a timestamp may follow it.
     */
    static double sum(String scraped, String name, String labels) {
        return scraped.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> line.contains(labels))
                .mapToDouble(line -> {
                    String rest = line.startsWith(name + "{") ? line.substring(line.indexOf('}') + 1) : line.substring(name.length());
                    return Double.parseDouble(rest.trim().split("\\s+")[0]);
                })
                .sum();
    }
}
