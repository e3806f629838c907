/** Groups are half-open: «от 5 до 18 лет» admits the day of the 5th birthday, not the day of the 18th. */
export const ageWithin = (age: number, minAge: number, maxAge: number) => age >= minAge && age < maxAge;
