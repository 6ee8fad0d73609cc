// Field schemas shared by forms (zodResolver, in the browser) and server actions; messages are catalogue keys.
export { checkPostcode, normalisePostcode, optionalPostcode, withPostcodeCheck } from './address';
export { formatIban, normaliseIban, normaliseKvk, normaliseVat, optionalIban, optionalKvk, optionalVat } from './business';
export { countryCode, isCountryCode } from './country';
export { checkEndNotBeforeStart, dateInput, endNotBeforeStart, optionalDate, parseDutchDate, todayIso } from './dates';
export { initials, normaliseInitials, optionalInitials } from './initials';
export { always, optionalNormalised } from './normalised';
export { formatPhoneNational, normalisePhone, optionalPhone, phoneInput, type PhoneCountry } from './phone';
export { checkbox, normaliseUrl, optionalEmail, optionalId, optionalLongText, optionalText, optionalUrl, requiredId, requiredText } from './text';
