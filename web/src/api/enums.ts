// Generated from the server's schemas by `npm run gen:client`. Do not edit.
export const roles = ["system_admin","union_admin","membership_officer","case_handler","station_manager","editor","auditor","benefits_officer","merchant_clerk","assistance_officer","lawyer"] as const;

export const appeals = {
  appealStatuses: ["submitted","accepted","in_progress","awaiting_worker","referred","refused","resolved"],
  categories: ["wage_arrears","labour_dispute","work_injury","social_insurance","occupational_safety","other"],
  referralTargets: ["labour_inspection","arbitration","court","other"],
} as const;

export const assistance = {
  causes: ["illness","accident","disaster","education","other"],
  employments: ["employed","flexible","unemployed","retired","unable"],
  healthConditions: ["healthy","chronic","serious","disabled"],
  methods: ["bank_transfer","cash","wechat","in_kind"],
  programKinds: ["policy_subsidy","job","material_aid","mutual_aid","education_grant"],
  statuses: ["submitted","proposed","approved","disbursed","refused","withdrawn"],
  tiers: ["deep","accident","relative","none"],
} as const;

export const consultations = {
  bookingStatuses: ["booked","cancelled","completed","no_show"],
  modes: ["in_person","phone","video"],
} as const;

export const content = {
  articleKinds: ["news","policy","notice","guide"],
  articleStatuses: ["draft","in_review","published","withdrawn"],
} as const;

export const contests = {
  contestStatuses: ["draft","published"],
  questionKinds: ["single","multiple","judge"],
  rowProblems: ["formula","kind","stem","options","answer"],
} as const;

export const corrections = {
  correctionStatuses: ["pending","approved","rejected","cancelled"],
} as const;

export const documents = {
  recipientLevels: ["city","county","township","base"],
  recipientStatuses: ["unread","read","replied","overdue"],
} as const;

export const exports = {
  exportKinds: ["members"],
  exportStatuses: ["pending","approved","refused","downloaded"],
} as const;

export const files = {
  filePurposes: ["assistance_evidence","appeal_evidence"],
} as const;

export const jobs = {
  applicationStatuses: ["applied","interview","hired","rejected","withdrawn"],
  jobKinds: ["gig","long_term"],
  jobStatuses: ["in_review","published","rejected","closed"],
  payUnits: ["hour","day","month","piece"],
} as const;

export const members = {
  memberCategories: ["employee","rider","courier","ride_hailing","trucking","domestic","other_gig"],
} as const;

export const offers = {
  myClaimActions: ["cancel","accept","checkInCode","feedback"],
} as const;

export const points = {
  systemReasons: ["bill.phone","bill.electricity","expired","partner.accountNotFound","offer.removed"],
  transactionKinds: ["issuance","checkin","offer_spend","offer_refund","bill_payment","bill_refund","adjustment","expiry","reversal","reward"],
} as const;

export const stations = {
  bookingStatuses: ["pending","confirmed","rejected","cancelled","attended","no_show"],
  reviewStatuses: ["open","answered","closed"],
  stationDatums: ["wgs84","gcj02","bd09"],
  stationKinds: ["rest","red","gig","workers_home","activity_centre","partner_venue"],
  stationOwners: ["union","youth_league","women_federation","science_association","other"],
} as const;

export const transfers = {
  transferStatuses: ["pending_out","pending_in","completed","rejected","cancelled"],
} as const;

export const volunteers = {
  orderStatuses: ["placed","taken","done","confirmed","cancelled"],
  specialties: ["emergency","repair","legal","medical","teaching","care","other"],
} as const;
