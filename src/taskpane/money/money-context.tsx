// The workbook's currency for every view: read when the pane opens, after each full sync (new
// tables bring their formats) and whenever the settings are saved, here or by a co-author, so
// views format money with the same currency. Without a provider money is in US dollars.
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { FALLBACK_CURRENCY, type ResolvedCurrency } from "../../domain/money";
import { ServicesContext, type TaskpaneServices } from "../services";
import type { MoneyStyle } from "./format-money";

export interface WorkbookMoney extends MoneyStyle {
  /** Where the currency came from: chosen in the settings, the sheets' formats, the locale. */
  readonly source: ResolvedCurrency["source"];
}

const DEFAULT_MONEY: WorkbookMoney = { currency: FALLBACK_CURRENCY, source: "default" };

export const MoneyContext = createContext<WorkbookMoney>(DEFAULT_MONEY);

export function useMoneyStyle(): WorkbookMoney {
  return useContext(MoneyContext);
}

/** Tables created or mapped since the pane opened bring their own money formats. */
function useAfterEachSync(services: TaskpaneServices, refresh: () => Promise<void>) {
  useEffect(() => {
    let last: unknown;
    return services.watchSyncRun((run) => {
      if (run.kind !== "idle" || run.last?.kind !== "done" || run.last === last) return;
      last = run.last;
      void refresh();
    });
  }, [services, refresh]);
}

/**
 * Gives the views the workbook's currency. It passes the views services whose saveSettings
 * reads the currency again once the settings are saved, whichever view saved them.
 */
export function MoneyProvider(props: { services: TaskpaneServices; children: React.ReactNode }) {
  const { services } = props;
  const [money, setMoney] = useState<WorkbookMoney>(DEFAULT_MONEY);
  const refresh = useCallback(
    () =>
      services.readCurrency().then(
        (c) => setMoney({ currency: c.code, source: c.source }),
        // unreadable: the figures stay in the currency shown so far, which is still a currency
        () => undefined,
      ),
    [services],
  );
  useEffect(() => void refresh(), [refresh]);
  // a co-author who chose another currency: their save reaches this pane as a settings change
  useEffect(() => services.watchSettings?.(() => void refresh()), [services, refresh]);
  useAfterEachSync(services, refresh);
  const withRefresh = useMemo<TaskpaneServices>(
    () => ({
      ...services,
      saveSettings: async (settings) => {
        await services.saveSettings(settings);
        await refresh();
      },
    }),
    [services, refresh],
  );
  return (
    <MoneyContext.Provider value={money}>
      <ServicesContext.Provider value={withRefresh}>{props.children}</ServicesContext.Provider>
    </MoneyContext.Provider>
  );
}
