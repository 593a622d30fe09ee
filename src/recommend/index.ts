// Public surface of ohmystack/recommend: a person's profile → ranked postings with reasons in Korean.
export {};
