import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db";
import { lookupPostcode } from "./lookup-postcode";

describe("lookupPostcode", () => {
  it("finds the Corby LAP in North Northamptonshire for an NN17 postcode, however it is typed", async () => {
    const db = await getDb();
    for (const input of ["NN17 1AB", "nn171ab", " nn17 1ab "]) {
      const area = await lookupPostcode(db, input);
      expect(area).toMatchObject({ postcode: "NN17 1AB", areaCode: "NN17 1", lapCode: "N01", placeCode: "north" });
    }
  });

  it("puts Northampton in the West", async () => {
    const area = await lookupPostcode(await getDb(), "NN1 5XY");
    expect(area?.placeCode).toBe("west");
  });

  it("falls back to the district when the sector is unknown", async () => {
    const area = await lookupPostcode(await getDb(), "NN16 4ZZ");
    expect(area).toMatchObject({ areaCode: "NN16", lapCode: "N02" });
  });

  it("returns nothing for a postcode outside the county or for nonsense", async () => {
    const db = await getDb();
    expect(await lookupPostcode(db, "SW1A 1AA")).toBeNull();
    expect(await lookupPostcode(db, "'; drop table laps; --")).toBeNull();
    expect(await lookupPostcode(db, "x".repeat(5000))).toBeNull();
  });
});
