// State of "map my existing sheet": the sources to pick from, the chosen source's preview, the
// record kind and the user's column fixes; the mapping preview is derived, never stored.
import { useEffect, useMemo, useState } from "react";
import type { StageDefinition } from "../../domain/pipeline/default-stages";
import type { CustomHeaderMap, DateOrder, RecordKind } from "../../domain/records";
import type { MappingSource, SheetPreview } from "../../excel/sheet-listing";
import { type GetStartedServices, describeError } from "./get-started-services";
import { guessKind, previewMapping } from "./mapping-preview-model";

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
  };
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
      previewMapping(kind, sheet, custom as CustomHeaderMap<typeof kind>, stages, dateOrders),
    [sheet, kind, custom, stages, dateOrders],
  );
  return {
    ...{ sources, chosen, choose, sheet, kind, chooseKind, custom, fix, preview, error },
    ...{ dateOrders, chooseDateOrder },
  };
}
