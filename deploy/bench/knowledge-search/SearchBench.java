import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Open-loop load on knowledge-portal's search API: queries sent at a fixed rate whatever the
 * answers' speed, each latency measured from the moment it was due (so a slow answer does not
 * hide the wait of those behind it). Queries come from the benchmark corpus' vocabulary
 * (generate.sql) with the same Zipf-like skew: one or two words, Finnish inflected forms,
 * word starts, with or without a language.
 *
 * <p>Usage: java SearchBench.java [baseUrl=http://127.0.0.1:8086] [rate=50] [seconds=60]: a first period
 * right after the service started (run it on a freshly started service) and a steady one, each
 * reported on its own.
 */
public class SearchBench {

    // Generated from generate.sql's vocabulary: the same words, so that queries find what the corpus holds.
    static final String[][] DOMAIN = {
            {"lupa", "hakemus", "rakennus", "ympäristö", "tie", "liittymä", "avustus", "yritys", "maatila", "kalastus", "vesi", "metsä", "luonto", "suojelu", "kaava", "maankäyttö", "liikenne", "joukkoliikenne", "silta", "katu", "valvonta", "tarkastus", "ilmoitus", "päätös", "valitus", "maksu", "lasku", "tuki", "rahoitus", "hanke", "kehittäminen", "koulutus", "työ", "työllisyys", "palvelu", "asiakas", "neuvonta", "ohje", "lomake", "liite", "kartta", "suunnitelma", "selvitys", "arviointi", "vaikutus", "melu", "päästö", "jäte", "kierrätys", "maisema", "kulttuuri", "perintö", "museo", "kylä", "kunta", "maakunta", "alue", "raja", "omistaja", "vuokra", "sopimus", "kauppa", "tuonti", "vienti", "tulli", "kasvi", "eläin", "kala", "riista", "vene", "satama", "lentokenttä", "rautatie", "pyörätie", "kevyt", "nopeus", "rajoitus", "opaste", "merkki", "valaistus", "talvi", "kunnossapito", "auraus", "hiekoitus", "vaurio", "korvaus", "vakuutus", "tutkimus", "tieto", "rekisteri", "tunnus", "henkilö", "kortti", "ajokortti", "verokortti", "todistus", "lausunto"},
            {"tillstånd", "ansökan", "bygg", "miljö", "väg", "anslutning", "bidrag", "företag", "gård", "fiske", "vatten", "skog", "natur", "skydd", "plan", "markanvändning", "trafik", "kollektivtrafik", "bro", "gata", "tillsyn", "inspektion", "anmälan", "beslut", "besvär", "avgift", "faktura", "stöd", "finansiering", "projekt", "utveckling", "utbildning", "arbete", "sysselsättning", "tjänst", "kund", "rådgivning", "anvisning", "blankett", "bilaga", "karta", "utredning", "bedömning", "buller", "utsläpp", "avfall", "återvinning", "landskap", "kultur", "arv", "kommun", "landskapet", "område", "gräns", "ägare", "hyra", "avtal", "handel", "import", "export", "tull", "växt", "djur", "fisk", "båt", "hamn", "järnväg", "cykelväg", "hastighet", "begränsning", "skylt", "belysning", "vinter", "underhåll", "skada", "ersättning", "försäkring", "forskning", "register", "intyg", "utlåtande", "körkort", "lov", "bygglov", "vägplan", "strand", "älv", "sjö", "fält", "äng", "berg", "dal", "by", "stad", "torg", "hus", "stuga", "bod", "lada", "ladugård", "ko", "häst", "får"},
            {"permit", "application", "building", "environment", "road", "connection", "grant", "business", "farm", "fishing", "water", "forest", "nature", "protection", "plan", "land", "traffic", "transport", "bridge", "street", "supervision", "inspection", "notification", "decision", "appeal", "fee", "invoice", "support", "funding", "project", "development", "training", "employment", "service", "customer", "advice", "guidance", "form", "attachment", "map", "survey", "assessment", "noise", "emission", "waste", "recycling", "landscape", "culture", "heritage", "municipality", "region", "border", "owner", "lease", "agreement", "trade", "import", "export", "customs", "plant", "animal", "fish", "boat", "harbour", "railway", "cycling", "speed", "limit", "sign", "lighting", "winter", "maintenance", "damage", "compensation", "insurance", "research", "register", "licence", "certificate", "statement", "village", "town", "lake", "river", "shore", "field", "meadow", "hill", "valley", "house", "cottage", "barn", "cow", "horse", "sheep", "goat", "crop"}};
    static final String[][] SYLLABLES = {
            {"ka", "lo", "mi", "tu", "va", "ne", "ri", "sa", "ho", "ju", "le", "pä", "ty", "ro", "ki", "mu", "se", "po", "ja", "hi"},
            {"ba", "kel", "mo", "ren", "sti", "får", "gå", "ling", "trä", "vik", "ber", "son", "dal", "hol", "sjö", "fors", "ny", "ås", "torp", "lund"},
            {"bra", "ton", "mel", "dor", "fin", "gal", "hap", "kin", "lor", "mur", "nel", "pos", "quin", "ras", "sel", "tam", "vor", "wex", "yar", "zen"}};
    static final String[] LANGUAGES = {"fi", "sv", "en"};

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://127.0.0.1:8086";
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        String host = URI.create(base).getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            throw new IllegalArgumentException("load tests only ever target 127.0.0.1, not " + host);
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(8)).build();
        Random random = new Random(20261128);

        warmClient(client, base);
        // No unmeasured warm-up of the service: the first period is what the first users after a start meet (empty
        // term cache, cold JIT, cold buffers); the second is the steady state.
        System.out.printf("first (cold) period: %d s at %d queries/s against %s%n", seconds, rate, base);
        report("first", run(client, base, rate, seconds, random));
        System.out.printf("steady period: %d s at %d queries/s%n", seconds, rate);
        report("steady", run(client, base, rate, seconds, random));
        System.exit(0);
    }

    /**
     * This load tool's own HTTP client and JIT warmed first, with 200 requests that do not search
     * (an unknown path): otherwise the tool's cold start counts in the service's first seconds.
     */
    static void warmClient(HttpClient client, String base) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/load-tool-warm-up")).timeout(Duration.ofSeconds(10)).GET().build();
        for (int i = 0; i < 200; i++) {
            client.send(request, HttpResponse.BodyHandlers.ofString());
            Thread.sleep(10);
        }
    }

    /** {@code byDue}: each query's latency in the order they were due, for the period's course. */
    record Result(List<Long> latencies, int errors, long hits, long[] byDue) {
    }

    static void report(String period, Result result) {
        List<Long> latencies = result.latencies();
        Collections.sort(latencies);
        System.out.printf("%s: queries %d, errors %d, results per query (mean) %.1f%n", period, latencies.size(), result.errors(),
                result.hits() / (double) Math.max(1, latencies.size()));
        System.out.printf("%s: latency ms p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", period, percentile(latencies, 50),
                percentile(latencies, 95), percentile(latencies, 99), latencies.get(latencies.size() - 1) / 1e6);
        // the course of the period: where a cold start's slow queries fall
        int slices = 6;
        int slice = result.byDue().length / slices;
        StringBuilder course = new StringBuilder();
        for (int i = 0; i < slices && slice > 0; i++) {
            List<Long> part = new ArrayList<>();
            for (int j = i * slice; j < (i + 1) * slice; j++) {
                part.add(result.byDue()[j]);
            }
            Collections.sort(part);
            course.append(String.format(" %.1f", percentile(part, 95)));
        }
        System.out.printf("%s: p95 ms in each sixth of the period:%s%n", period, course);
    }

    static Result run(HttpClient client, String base, int rate, int seconds, Random random) throws Exception {
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        java.util.concurrent.atomic.AtomicLong hits = new java.util.concurrent.atomic.AtomicLong();
        List<CompletableFuture<?>> pending = Collections.synchronizedList(new ArrayList<>());
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        int total = rate * seconds;
        long[] byDue = new long[total];
        for (int i = 0; i < total; i++) {
            int index = i;
            long due = start + i * periodNanos;
            String uri = base + "/api/v1/search?" + query(random);
            scheduler.schedule(() -> {
                HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10)).GET().build();
                pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                    long latency = System.nanoTime() - due;
                    latencies.add(latency);
                    byDue[index] = latency;
                    if (failure != null || response.statusCode() != 200) {
                        errors.incrementAndGet();
                    } else {
                        hits.addAndGet(response.body().split("\"articleId\"", -1).length - 1);
                    }
                }));
            }, due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        scheduler.shutdown();
        scheduler.awaitTermination(seconds + 30L, TimeUnit.SECONDS);
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).handle((v, e) -> null).get(60, TimeUnit.SECONDS);
        return new Result(new ArrayList<>(latencies), errors.get(), hits.get(), byDue);
    }

    /** A query like the corpus: Zipf-skewed words, one or two, some inflected or cut short. */
    static String query(Random random) {
        int language = random.nextDouble() < 0.6 ? 0 : random.nextDouble() < 0.6 ? 1 : 2;
        int words = random.nextDouble() < 0.6 ? 1 : 2;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < words; i++) {
            String word = word(language, Math.min(40000, (int) Math.floor(Math.exp(random.nextDouble() * Math.log(40000)))));
            double shape = random.nextDouble();
            if (language == 0 && shape < 0.2) {
                word = word + (random.nextBoolean() ? "n" : "ssa");
            } else if (shape > 0.9 && word.length() > 6) {
                word = word.substring(0, 5);
            }
            parts.add(word);
        }
        String q = "q=" + URLEncoder.encode(String.join(" ", parts), StandardCharsets.UTF_8);
        return random.nextDouble() < 0.8 ? q + "&language=" + LANGUAGES[language] : q;
    }

    /** Word number r of a language, as generate.sql makes it. */
    static String word(int language, int r) {
        if (r >= 30 && r <= 129 && r - 30 < DOMAIN[language].length) {
            return DOMAIN[language][r - 30];
        }
        String[] s = SYLLABLES[language];
        return s[r % 20] + s[(r / 20) % 20] + s[(r / 400) % 20] + (r >= 8000 ? s[(r / 8000) % 20] : "");
    }

    static double percentile(List<Long> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}
