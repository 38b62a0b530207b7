// State of "map my existing sheet": the sources to pick from, the chosen source's preview, the
// record kind and the user's column fixes; the mapping preview is derived, never stored.
import { useEffect, useMemo, useState } from "react";
import { unknownStageWords } from "../../domain/leads";
import { DEFAULT_STAGES, type StageDefinition } from "../../domain/pipeline/default-stages";
import {
  type CustomHeaderMap,
  type DateOrder,
  type RecordKind,
  mapHeaders,
} from "../../domain/records";
import type { MappingSource, SheetPreview } from "../../excel/sheet-listing";
import { type GetStartedServices, describeError } from "./get-started-services";
import { insertOpenStages } from "../../domain/pipeline/insert-open-stages";
import { resolveChoices } from "./lead-choices";
import { guessKind, previewMapping } from "./mapping-preview-model";
import type { StageChoice } from "./stage-word-list";

export const sourceKey = (s: MappingSource) => JSON.stringify([s.sheet, s.table ?? null]);

export function useSheetMapping(
  services: Pick<GetStartedServices, "listMappingSources" | "readSheetPreview">,
  stages: readonly StageDefinition[] | undefined,
) {
  const [sources, setSources] = useState<MappingSource[]>();
  const [chosen, setChosen] = useState<string>("");
  const [sheet, setSheet] = useState<SheetPreview>();
  const [kind, setKind] = useState<RecordKind>("customers");
  const [custom, setCustom] = useState<Record<string, string | null>>({});
  const [dateOrders, setDateOrders] = useState<Record<string, DateOrder>>({});
  const [stageChoices, setStageChoices] = useState<Record<string, StageChoice>>({});
  const [error, setError] = useState<string>();
  const { listMappingSources, readSheetPreview } = services;

  useEffect(() => {
    listMappingSources().then(setSources, (e: unknown) =>
      setError(`The workbook's sheets could not be listed (${describeError(e)}). Try again.`),
    );
  }, [listMappingSources]);

  const choose = (key: string) => {
    setChosen(key);
    setSheet(undefined);
    setCustom({});
    setDateOrders({});
    setStageChoices({});
    const source = sources?.find((s) => sourceKey(s) === key);
    if (!source) return;
    readSheetPreview(source).then(
      (read) => {
        setError(undefined);
        setSheet(read);
        setKind(guessKind(read.headers));
      },
      (e: unknown) => setError(`${describeError(e)} Pick another sheet or table.`),
    );
  };
  const chooseKind = (next: RecordKind) => {
    setKind(next);
    setCustom({});
    setDateOrders({});
    setStageChoices({});
  };
  const chooseStage = (word: string, choice: StageChoice) =>
    setStageChoices((c) => ({ ...c, [word]: choice }));
  const configured = stages ?? DEFAULT_STAGES;
  const stageWords = useMemo(
    () => (sheet && kind === "deals" ? sheetStageWords(sheet, custom, configured) : []),
    [sheet, kind, custom, configured],
  );
  const stageFix = resolveChoices(stageWords, stageChoices);
  /** undefined goes back to reading the field as its column shows. */
  const chooseDateOrder = (field: string, order: DateOrder | undefined) => {
    const { [field]: _dropped, ...others } = dateOrders;
    void _dropped;
    setDateOrders(order === undefined ? others : { ...others, [field]: order });
  };
  const fix = (header: string, field: string | null) => setCustom({ ...custom, [header]: field });

  const preview = useMemo(
    () =>
      sheet &&
      previewMapping(kind, sheet, custom as CustomHeaderMap<typeof kind>, {
        stages: insertOpenStages(configured, stageFix.newStages),
        dateOrders,
        stageAliases: stageFix.stageMap,
      }),
    // stageFix is derived from stageWords and stageChoices
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [sheet, kind, custom, configured, dateOrders, stageWords, stageChoices],
  );
  return {
    ...{ sources, chosen, choose, sheet, kind, chooseKind, custom, fix, preview, error },
    ...{ dateOrders, chooseDateOrder },
    ...{ stageWords, stageChoices, chooseStage, stageFix },
  };
}

/** The deal sheet's stage words that are none of the stages, with a suggestion for each. */
function sheetStageWords(
  sheet: SheetPreview,
  custom: Record<string, string | null>,
  stages: readonly StageDefinition[],
) {
  const column = mapHeaders(sheet.headers, "deals", custom as CustomHeaderMap<"deals">).columns
    .stage;
  return column === undefined
    ? []
    : unknownStageWords(
        sheet.rows.map((r) => r[column]),
        stages,
      );
}
