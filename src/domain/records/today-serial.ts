// Today as an Excel serial day, the unit every date in the CRM uses: the user's local calendar
// day, as Excel's TODAY() is (the UTC day is tomorrow on a Los Angeles evening).
export { excelToday as todaySerial } from "../values";
