package org.practiceassurance.insight;

import java.util.List;

/**
 * One team in triangulation: its evidence, its RAG and why.
 *
 * @param reasons the reasons of the rules that gave the team its colour
 * @param otherReasons the reasons of rules that matched with a better colour (e.g. amber ones on a red team)
 */
public record TeamPicture(String teamCode, String teamName, String serviceCode, String locality,
    TeamEvidence evidence, TeamRag rag, List<String> reasons, List<String> otherReasons) {

  public TeamPicture {
    reasons = List.copyOf(reasons);
    otherReasons = List.copyOf(otherReasons);
  }
}
