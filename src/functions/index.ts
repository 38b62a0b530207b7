// Every custom function, imported by the add-in's one entry (src/app). At build time custom-functions-metadata-plugin reads the
// JSDoc of these files into functions.json and appends the CustomFunctions.associate calls.
// None accepts error inputs (functions.json has no "allowErrorForDataTypeAny", a file-wide switch
// the generator does not write): Excel shows an input cell's error without calling the function,
// as its own NPV/IRR do. https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors
import "./finance-functions";
import "./analytics-functions";
import "./store-functions";
import "./team-functions";
import "./process-functions";
