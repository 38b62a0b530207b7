// Every custom function, imported by the add-in's one entry (src/app). At build time custom-functions-metadata-plugin reads the
// JSDoc of these files into functions.json and appends the CustomFunctions.associate calls.
import "./finance-functions";
import "./analytics-functions";
import "./store-functions";
