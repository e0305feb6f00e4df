package org.practiceassurance.casefile.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.practiceassurance.casefile.LegalStatus;

/**
 * A made-up county for the dev default: the six localities, eight services, 40 teams and 4,000 open
 * case files with plausible legal statuses, ages and dates, written as a roster CSV so that it goes
 * through the very import quality managers use. A fixed seed makes it the same county every time
 * (for the same day: ages and dates are relative to {@code today}). The demo users are placed in it:
 * tm1 manages CF-STR-1 and sw1 holds 20 of its files; auditor2 manages RA-GLO-1. Names are invented.
 */
public final class DemoCounty {

  public static final long SEED = 20171101L;
  public static final int FILES = 4000;

  /** Where a service's files are, how many, and what they are like. */
  private record ServicePlan(String code, int files, int referenceBase, List<String> teams,
      Map<LegalStatus, Integer> statusWeights, int minAge, int maxAge, int maxDaysOpen) {}

  private static final List<ServicePlan> PLANS = List.of(
      new ServicePlan("FD", 120, 300000, List.of("FD-GLO-1"),
          weights(LegalStatus.CIN, 85, LegalStatus.CP, 15), 0, 17, 30),
      new ServicePlan("RA", 700, 220000,
          List.of("RA-CHE-1", "RA-COT-1", "RA-FOD-1", "RA-GLO-1", "RA-GLO-2", "RA-STR-1", "RA-TEW-1"),
          weights(LegalStatus.CIN, 70, LegalStatus.CP, 30), 0, 17, 120),
      new ServicePlan("CF", 1500, 100000,
          List.of("CF-CHE-1", "CF-CHE-2", "CF-COT-1", "CF-FOD-1", "CF-FOD-2", "CF-GLO-1", "CF-GLO-2", "CF-GLO-3",
              "CF-STR-1", "CF-STR-2", "CF-TEW-1", "CF-TEW-2"),
          weights(LegalStatus.CIN, 40, LegalStatus.CP, 35, LegalStatus.CIC, 25), 0, 17, 3 * 365),
      new ServicePlan("CIC", 450, 400000,
          List.of("CIC-CHE-1", "CIC-FOD-1", "CIC-GLO-1", "CIC-GLO-2", "CIC-STR-1", "CIC-TEW-1"),
          weights(LegalStatus.CIC, 100), 11, 17, 8 * 365),
      new ServicePlan("CL", 350, 500000, List.of("CL-CHE-1", "CL-GLO-1", "CL-STR-1"),
          weights(LegalStatus.CARE_LEAVER, 100), 18, 24, 0),
      new ServicePlan("DIS", 250, 600000, List.of("DIS-CHE-1", "DIS-GLO-1", "DIS-STR-1"),
          weights(LegalStatus.CIN, 75, LegalStatus.CP, 8, LegalStatus.CIC, 17), 0, 17, 4 * 365),
      new ServicePlan("EH", 500, 700000,
          List.of("EH-CHE-1", "EH-COT-1", "EH-FOD-1", "EH-GLO-1", "EH-STR-1", "EH-TEW-1"),
          weights(LegalStatus.EARLY_HELP, 100), 0, 17, 365),
      new ServicePlan("YJ", 130, 800000, List.of("YJ-CHE-1", "YJ-GLO-1"),
          weights(LegalStatus.CIN, 75, LegalStatus.CIC, 25), 10, 17, 2 * 365));

  /** Team managers who are demo users; every other team has {@code tm.<team>}. */
  private static final Map<String, String> DEMO_MANAGERS = Map.of("CF-STR-1", "tm1", "RA-GLO-1", "auditor2");
  /** References other demo data and the README use, placed in chosen teams. */
  private static final Map<String, String> PINNED = new LinkedHashMap<>();

  static {
    PINNED.put("CF-104233", "CF-STR-1");
    PINNED.put("CF-104871", "CF-STR-1");
    PINNED.put("CF-200001", "CF-GLO-1");
    PINNED.put("RA-220914", "RA-CHE-1");
  }

  private static final Map<String, String> LOCALITIES = Map.of("CHE", "Cheltenham", "COT", "Cotswold",
      "FOD", "Forest of Dean", "GLO", "Gloucester", "STR", "Stroud", "TEW", "Tewkesbury");

  private static final String[] FIRST_NAMES = {"Amelia", "Oliver", "Isla", "Harry", "Ava", "Jack", "Mia", "George",
      "Ivy", "Noah", "Lily", "Leo", "Freya", "Charlie", "Grace", "Alfie", "Sophia", "Oscar", "Evie", "Arthur",
      "Poppy", "Theo", "Ella", "Jacob", "Millie", "Thomas", "Rosie", "Finley", "Daisy", "Riley", "Ruby", "Archie",
      "Layla", "Logan", "Zara", "Mason", "Aisha", "Kai", "Maya", "Tyler", "Amira", "Reuben", "Chloe", "Kacper",
      "Zuzanna", "Tomasz", "Eden", "Jayden", "Nia", "Dylan", "Holly", "Callum", "Ellie", "Lewis", "Megan", "Owen"};
  private static final String[] SURNAMES = {"Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans",
      "Wilson", "Thomas", "Johnson", "Roberts", "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards",
      "Hughes", "Green", "Hall", "Lewis", "Harris", "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin",
      "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark", "Lee", "King", "Baker", "Harrison", "Morgan", "Allen",
      "James", "Scott", "Phillips", "Watson", "Davis", "Parker", "Price", "Bennett", "Young", "Griffiths",
      "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey", "Collins", "Bell", "Shaw", "Murphy", "Khan",
      "Nowak", "Kowalski", "Begum", "Ali", "Hussain", "Okafor", "Mensah", "O'Brien", "Stewart"};

  private DemoCounty() {}

  private static Map<LegalStatus, Integer> weights(Object... pairs) {
    Map<LegalStatus, Integer> weights = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      weights.put((LegalStatus) pairs[i], (Integer) pairs[i + 1]);
    }
    return weights;
  }

  /** The whole county as a roster CSV (header row first), the same for the same day. */
  public static String csv(LocalDate today) {
    Random random = new Random(SEED);
    List<String[]> rows = new ArrayList<>();
    for (ServicePlan plan : PLANS) {
      rows.addAll(service(plan, today, random));
    }
    StringBuilder csv = new StringBuilder(
        "child_reference,display_name,date_of_birth,legal_status,service,team,locality,allocated_worker,team_manager,date_opened\n");
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        if (i > 0) {
          csv.append(',');
        }
        csv.append(quoted(row[i]));
      }
      csv.append('\n');
    }
    return csv.toString();
  }

  private static List<String[]> service(ServicePlan plan, LocalDate today, Random random) {
    // Spread the service's files over its teams, some teams busier than others.
    double[] weights = new double[plan.teams().size()];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 0.75 + random.nextDouble() * 0.5;
      total += weights[i];
    }
    int[] counts = new int[weights.length];
    int assigned = 0;
    for (int i = 0; i < weights.length; i++) {
      counts[i] = i == weights.length - 1 ? plan.files() - assigned : (int) Math.round(plan.files() * weights[i] / total);
      assigned += counts[i];
    }

    Set<Integer> usedNumbers = new HashSet<>();
    PINNED.keySet().stream().filter(r -> r.startsWith(plan.code() + "-"))
        .forEach(r -> usedNumbers.add(Integer.parseInt(r.substring(r.indexOf('-') + 1))));
    List<String[]> rows = new ArrayList<>();
    for (int t = 0; t < plan.teams().size(); t++) {
      String team = plan.teams().get(t);
      String teamKey = team.toLowerCase(Locale.ROOT);
      String locality = LOCALITIES.get(team.split("-")[1]);
      String manager = DEMO_MANAGERS.getOrDefault(team, "tm." + teamKey);
      int workers = Math.max(2, (int) Math.round(counts[t] / 16.0));
      List<String> pinned = PINNED.entrySet().stream().filter(e -> e.getValue().equals(team)).map(Map.Entry::getKey).toList();
      int sw1Files = team.equals("CF-STR-1") ? 20 : 0;
      for (int n = 0; n < counts[t]; n++) {
        String reference;
        if (n < pinned.size()) {
          reference = pinned.get(n);
        } else {
          int number;
          do {
            number = plan.referenceBase() + 1000 + random.nextInt(98_000);
          } while (!usedNumbers.add(number));
          reference = plan.code() + "-" + number;
        }
        LegalStatus status = pick(plan.statusWeights(), random);
        int minAge = status == LegalStatus.CIC && plan.code().equals("CF") ? 0 : plan.minAge();
        int maxAge = status == LegalStatus.CIC && plan.code().equals("CF") ? 10 : plan.maxAge();
        LocalDate born = today.minusYears(minAge).minusDays(1 + random.nextInt((maxAge - minAge + 1) * 365 - 2));
        LocalDate opened;
        if (status == LegalStatus.CARE_LEAVER) {
          opened = born.plusYears(18);
        } else {
          opened = today.minusDays(random.nextInt(plan.maxDaysOpen() + 1));
          if (opened.isBefore(born)) {
            opened = born.plusDays(random.nextInt(Math.max(1, (int) (today.toEpochDay() - born.toEpochDay()) + 1)));
          }
        }
        String worker;
        if (n < sw1Files) {
          worker = "sw1";
        } else if (random.nextInt(100) < 4) {
          worker = ""; // unallocated: it happens, and the dashboards should show it
        } else {
          worker = "sw." + teamKey + "." + (1 + random.nextInt(workers));
        }
        String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)];
        rows.add(new String[] {reference, name, born.toString(), status.name(), plan.code(), team, locality, worker,
            manager, opened.toString()});
      }
    }
    return rows;
  }

  private static LegalStatus pick(Map<LegalStatus, Integer> weights, Random random) {
    int total = weights.values().stream().mapToInt(Integer::intValue).sum();
    int roll = random.nextInt(total);
    for (Map.Entry<LegalStatus, Integer> entry : weights.entrySet()) {
      roll -= entry.getValue();
      if (roll < 0) {
        return entry.getKey();
      }
    }
    throw new IllegalStateException();
  }

  private static String quoted(String value) {
    return value.contains(",") || value.contains("\"")
        ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
  }
}
