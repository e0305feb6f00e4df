package org.practiceassurance.dipsample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StratifiedSamplerTest {

  record File(String reference, String locality) {}

  /** 6 localities of uneven size: 400, 250, 150, 120, 60, 20 files. */
  private static List<File> county() {
    List<File> files = new ArrayList<>();
    Map<String, Integer> sizes = Map.of("Cheltenham", 400, "Cotswold", 250, "Forest of Dean", 150,
        "Gloucester", 120, "Stroud", 60, "Tewkesbury", 20);
    sizes.forEach((locality, n) -> {
      for (int i = 0; i < n; i++) {
        files.add(new File(locality.substring(0, 3).toUpperCase() + "-" + i, locality));
      }
    });
    files.sort((a, b) -> a.reference().compareTo(b.reference()));
    return files;
  }

  private static final Function<File, String> LOCALITY = File::locality;

  @Test
  void theSameSeedGivesTheSameDrawAndAnotherSeedADifferentOne() {
    List<File> first = StratifiedSampler.draw(county(), LOCALITY, 50, 0, 42L);
    List<File> again = StratifiedSampler.draw(county(), LOCALITY, 50, 0, 42L);
    List<File> other = StratifiedSampler.draw(county(), LOCALITY, 50, 0, 43L);

    assertThat(again).isEqualTo(first);
    assertThat(other).isNotEqualTo(first).hasSize(50);
  }

  @Test
  void eachStratumGetsItsProportionalShareWithinOneFileAndNoFileTwice() {
    List<File> county = county();
    List<File> sample = StratifiedSampler.draw(county, LOCALITY, 50, 0, 7L);

    assertThat(sample).hasSize(50).doesNotHaveDuplicates();
    Map<String, Long> drawn = sample.stream().collect(Collectors.groupingBy(File::locality, Collectors.counting()));
    Map<String, Long> sizes = county.stream().collect(Collectors.groupingBy(File::locality, Collectors.counting()));
    sizes.forEach((locality, size) -> {
      double exact = 50.0 * size / county.size();
      assertThat((double) drawn.getOrDefault(locality, 0L)).as(locality).isCloseTo(exact, org.assertj.core.data.Offset.offset(0.999));
    });
  }

  @Test
  void aMinimumPerStratumRaisesSmallStrataAndKeepsTheTotal() {
    List<File> sample = StratifiedSampler.draw(county(), LOCALITY, 50, 5, 7L);

    Map<String, Long> drawn = sample.stream().collect(Collectors.groupingBy(File::locality, Collectors.counting()));
    assertThat(sample).hasSize(50);
    assertThat(drawn.values()).allMatch(n -> n >= 5);
    assertThat(drawn.get("Tewkesbury")).isEqualTo(5); // exact share 1.0, raised to the minimum
  }

  @Test
  void aSampleLargerThanThePopulationTakesEveryFileAndExclusionsStayOut() {
    List<File> small = county().stream().filter(f -> f.locality().equals("Tewkesbury")).toList();
    assertThat(StratifiedSampler.draw(small, LOCALITY, 50, 0, 1L)).containsExactlyInAnyOrderElementsOf(small);

    List<File> withoutExcluded = county().stream().filter(f -> !f.reference().endsWith("-1")).toList();
    assertThat(StratifiedSampler.draw(withoutExcluded, LOCALITY, 300, 0, 1L)).noneMatch(f -> f.reference().endsWith("-1"));
  }

  @Test
  void thePreviewShowsTheMakeUpTheDrawWillHave() {
    var allocation = StratifiedSampler.allocation(county(), LOCALITY, 50, 5);

    // Exact shares 20, 12.5, 7.5, 6, 3, 1 -> 20, 13, 7, 6, 3, 1 (the tie on .5 goes to the first by name);
    // Stroud and Tewkesbury are raised to 5, the six files coming from the stratum furthest above its minimum.
    assertThat(allocation).extracting(StratifiedSampler.Allocation::stratum)
        .containsExactly("Cheltenham", "Cotswold", "Forest of Dean", "Gloucester", "Stroud", "Tewkesbury");
    assertThat(allocation).extracting(StratifiedSampler.Allocation::drawn).containsExactly(14, 13, 7, 6, 5, 5);
    List<File> sample = StratifiedSampler.draw(county(), LOCALITY, 50, 5, 99L);
    allocation.forEach(a -> assertThat(sample.stream().filter(f -> f.locality().equals(a.stratum())).count())
        .as(a.stratum()).isEqualTo(a.drawn()));
  }
}
