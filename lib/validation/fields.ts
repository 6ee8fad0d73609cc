// Field schemas shared by forms and server actions; messages are catalogue keys.
export { checkbox, countryCode, optionalEmail, optionalId, optionalLongText, optionalText, optionalUrl, requiredText } from './text';
export {
  formatIban,
  formatPhoneNational,
  normaliseIban,
  normaliseInitials,
  normaliseKvk,
  normalisePhone,
  normalisePostcode,
  normaliseVat,
  optionalDate,
  optionalIban,
  optionalInitials,
  optionalKvk,
  optionalPhone,
  optionalVat,
  parseDutchDate,
} from './dutch';
