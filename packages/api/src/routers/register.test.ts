import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerCsv } from "../test/fixtures";
import {
  databaseDigest,
  openTempStore,
  type TempStore,
} from "../test/temp-store";

describe("register router", () => {
  let t: TempStore;
  beforeAll(async () => {
    t = await openTempStore();
  });
  afterAll(() => t.cleanup());

  const newer = registerCsv([
    {
      authority: "Hammersmith and Fulham",
      start: "2026-05-11",
      end: "2026-05-15",
      published: "2026-06-30",
      grades: ["", "good", "good", "outstanding", "good"],
    },
    {
      authority: "Barnet",
      start: "2024-06-10",
      end: "2024-06-14",
      published: "2024-07-23",
      grades: ["good", "good", "outstanding", "good", "good"],
    },
  ]);

  it("loads a newer snapshot: a new latest inspection, the older one kept as history", async () => {
    const outcome = await t.caller.register.import({
      name: "ilacs-latest-2026-07.csv",
      csv: newer,
    });
    expect(outcome).toMatchObject({
      status: "stored",
      rows: 2,
      claims: 2,
      skipped: [],
    });
    const hf = await t.caller.authority.byCode({ code: "E09000013" });
    expect(hf.latest).toMatchObject({
      date: "2026-05-11",
      framework: "ilacs-2026",
    });
    expect(
      hf.latest?.judgements.find((j) => j.area === "overall-effectiveness"),
    ).toBeUndefined();
    const timeline = await t.caller.authority.timeline({ code: "E09000013" });
    expect(timeline.inspections.map((i) => i.date)).toEqual(
      expect.arrayContaining(["2024-03-11", "2026-05-11"]),
    );
    // Barnet's row repeats the bundled snapshot's: one inspection, now cited by the newer snapshot only.
    const barnet = await t.caller.inspection.list({ authority: "Barnet" });
    expect(barnet.total).toBe(1);
    const detail = await t.caller.inspection.byId({ id: barnet.items[0]!.id });
    expect(detail.sources.map((s) => s.ref)).toEqual([
      "register:ilacs-latest-2026-07.csv#L3",
    ]);
  });

  it("changes nothing when the same snapshot is loaded again", async () => {
    const before = databaseDigest(t.path);
    expect(
      (await t.caller.register.import({ name: "again.csv", csv: newer }))
        .status,
    ).toBe("unchanged");
    expect(databaseDigest(t.path)).toEqual(before);
  });

  it("skips rows it cannot use, with the line and the reason", async () => {
    const csv = `${newer.trimEnd()}\n999,E09000999,Nowhere,2024-01-01,,,good,good,good,good,good\n`;
    const csvWithBadGrade = csv.replace(
      "2026-05-11,2026-05-15,2026-06-30,,good",
      "2026-05-11,2026-05-15,2026-06-30,,adequate",
    );
    const outcome = await t.caller.register.import({
      name: "with-bad-rows.csv",
      csv: csvWithBadGrade,
    });
    expect(outcome.skipped).toEqual([
      {
        line: 4,
        reason: 'no authority with GSS code "E09000999" or LA code "999"',
      },
    ]);
    expect(outcome.warnings).toEqual([
      {
        line: 2,
        reason:
          'Hammersmith and Fulham: "adequate" in help_and_protection is not a grade; left unknown',
      },
    ]);
  });

  it("refuses a file without the register's columns", async () => {
    await expect(
      t.caller.register.import({ name: "wrong.csv", csv: "a,b\n1,2\n" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(
        /^the register wrong\.csv has no column la_code, gss/,
      ),
    });
  });

  it("refuses to write without write access", async () => {
    await expect(
      t.readOnlyCaller.register.import({ name: "x.csv", csv: newer }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(
        /^register\.import changes the database, and writes are accepted only from this computer/,
      ),
    });
  });

  it("keeps two snapshots that share a file name apart", async () => {
    const corrected = registerCsv([
      {
        authority: "Camden",
        start: "2019-07-08",
        end: "2019-07-19",
        published: "2019-09-09",
        grades: ["outstanding", "good", "outstanding", "", "outstanding"],
      },
    ]);
    const outcome = await t.caller.register.import({
      name: "ilacs-latest-2026-06.csv",
      csv: corrected,
    });
    expect(outcome.status).toBe("stored");
    const camden = await t.caller.inspection.list({
      authority: "Camden",
      yearFrom: 2019,
      yearTo: 2019,
    });
    const detail = await t.caller.inspection.byId({
      id: camden.items[0]!.id,
    });
    const hp = detail.judgements.find((j) => j.area === "help-and-protection");
    expect(hp?.grade).toBe("good");
    expect(hp?.sources).toEqual(["register:ilacs-latest-2026-06.csv#L2"]);
    expect(hp?.evidence.map((e) => e.documentId)).toEqual([
      outcome.document.id,
    ]);
  });
});
