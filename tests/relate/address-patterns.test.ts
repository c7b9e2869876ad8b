// Where people and organisations are, from datelines, appositions, "headquarters in" and city-state addresses.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

const locatedIn = (text: string, holder: string, place: string): number => {
  const g = graphOf([text]);
  const found = edgesBetween(g, holder, "located_in", place);
  if (found.length === 0) console.log(typedFacts(g).join("\n"));
  return found.length;
};

describe("addresses", () => {
  it("reads a dateline: the agency reports from its places", () => {
    const text = "AMMAN , Jordan ( Reuters ) -- Officials said on Monday that the border would reopen.";
    expect(locatedIn(text, "Reuters", "Amman")).toBe(1);
    expect(locatedIn(text, "Reuters", "Jordan")).toBe(1);
  });

  it("reads a place in an apposition: 'X, a Hong Kong shipping firm'", () => {
    expect(locatedIn("The contract went to Tai Wah Holdings , a Hong Kong shipping firm , on Monday .", "Tai Wah Holdings", "Hong Kong")).toBe(1);
    expect(locatedIn("Sam Rourke , a Democrat from Chicago , voted against the bill .", "Sam Rourke", "Chicago")).toBe(1);
  });

  it("does not read a nationality in an apposition as an address", () => {
    expect(locatedIn("The talks were led by Sam Rourke , the Canadian envoy , on Monday .", "Sam Rourke", "Canada")).toBe(0);
  });

  it("reads 'the X headquarters in Y'", () => {
    expect(locatedIn("Reporters gathered at the Northern Relief Council headquarters in Tabriz on Monday .", "Northern Relief Council", "Tabriz")).toBe(1);
  });

  it("places a person of a city in the state after it, but not a birthplace told by a verb", () => {
    expect(locatedIn("Sam Rourke , 50 , of Bethany , Conn. , was hurt in the crash .", "Sam Rourke", "Conn.")).toBe(1);
    expect(locatedIn("In 1900 , Sam Rourke was born in Dunmore , Mass .", "Sam Rourke", "Mass")).toBe(0);
  });

  it("reads 'the London-based firm' as the city, not the country", () => {
    expect(locatedIn("The London-based Tai Wah Holdings said profits rose .", "Tai Wah Holdings", "London")).toBe(1);
  });

  it("reads a place's name right before an organisation's, or its possessive: 'Canada 's Liberal Party'", () => {
    expect(locatedIn("Canada 's Liberal Party won the vote .", "Liberal Party", "Canada")).toBe(1);
  });

  it("reads 'X in the southeastern part of Y' and 'X , in Y , Z'", () => {
    expect(locatedIn("Rebels were seen in Kassala in the southeastern part of Sudan .", "Kassala", "Sudan")).toBe(1);
    expect(locatedIn("Rebels were seen in Kassala , in eastern Sudan , on Monday .", "Kassala", "Sudan")).toBe(1);
    const text = "The reactors at the Hanford Nuclear Reservation , in Richland , Wash. , were shut down .";
    expect(locatedIn(text, "Hanford Nuclear Reservation", "Wash.")).toBe(1);
  });

  it("keeps a capital named as one a city: 'a dispatch from Bamako , the capital of Mali'", () => {
    expect(locatedIn("The paper wrote in a dispatch from Bamako , the capital of Mali , that two bridges had closed .", "Bamako", "Mali")).toBe(1);
  });

  it("reads an abbreviated title after a state: 'New Jersey Gov. X'", () => {
    expect(locatedIn("New Jersey Gov. Helen Marsh was met with applause .", "Helen Marsh", "New Jersey")).toBe(1);
  });

  it("reads 'PLACE , where X was born' and 'in his native PLACE'", () => {
    expect(locatedIn("The road passes through Tabriz , where Sam Rourke was born , before it reaches the sea .", "Sam Rourke", "Tabriz")).toBe(1);
    expect(locatedIn("Sam Rourke won the primary on Saturday in his native Canada .", "Sam Rourke", "Canada")).toBe(1);
  });

  it("reads 'X , a town in Y' and 'X , Y 's second city'", () => {
    expect(locatedIn("Aid reached Kassala , a small town in eastern Sudan , on Monday .", "Kassala", "Sudan")).toBe(1);
    expect(locatedIn("The quake hit Aleppo , Syria 's second-largest city , on Monday .", "Aleppo", "Syria")).toBe(1);
  });
});

