import MedIPPolicy

/// `medip schema`: the JSON Schema of the case-file format.
enum SchemaCommands {
    /// Every subcommand of the group, in help order.
    static let all: [Subcommand] = [schema]

    static let schema = Subcommand(
        ["schema"], summary: "Print the JSON Schema (draft 2020-12) of the case-file format",
        help: """
            USAGE: medip schema

            Prints the JSON Schema (draft 2020-12) of case files, schema version 1 — the same text
            as Documentation/case.schema.json, built into the tool. Point an editor or a JSON-Schema
            validator at it to check case files as they are written:

              medip schema > case.schema.json

            The schema accepts what CaseFile.decode accepts, except that it also rejects unknown
            keys (the decoder ignores them) and leaves to the decoder the byte and nesting limits,
            impossible dates and check characters. medip validate checks a file completely.

            EXIT STATUS: 0 printed, 2 usage error.
            """
    ) { args, io throws(CommandError) in
        let arguments = try Arguments(args)
        try arguments.expectPositionals(atMost: 0)
        io.print(caseSchema)
        return 0
    }

    /// The case-file JSON Schema, identical to Documentation/case.schema.json without its final
    /// newline (a test checks it). After editing the file, paste it here between the delimiters.
    static let caseSchema = #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "MedIPPolicy case file, schema version 1",
          "description": "One product in one procurement setting, as CaseFile.decode reads it into a Case (Documentation/CaseFormat.md). Optional fields may be absent or null; absent arrays are [].",
          "$comment": "The schema accepts what the decoder accepts, with these differences. Stricter: unknown keys are rejected here (the decoder ignores them), so a misspelt optional field is caught. Looser, checked only by the decoder: whole-document limits (1 MiB, nesting 16 levels), string limits in UTF-8 bytes, impossible dates, check characters of credit codes and patent numbers. Case.validate() (medip validate) then checks the facts: references, date order, uniqueness, ceilings.",
          "type": "object",
          "required": [
            "schemaVersion",
            "id",
            "jurisdiction",
            "enterprise",
            "product"
          ],
          "properties": {
            "$schema": {
              "description": "May name this schema for editors; the library ignores it.",
              "type": "string"
            },
            "schemaVersion": {
              "description": "Must be 1 (unsupportedSchemaVersion otherwise).",
              "type": "integer",
              "enum": [
                1
              ]
            },
            "id": {
              "description": "The embedder's id for the case; Case.validate() requires it non-empty.",
              "$ref": "#/$defs/Text"
            },
            "jurisdiction": {
              "description": "National (CN) or Beijing (CN-BJ, ISO 3166-2).",
              "type": "string",
              "enum": [
                "CN",
                "CN-BJ"
              ]
            },
            "enterprise": {
              "$ref": "#/$defs/Enterprise"
            },
            "product": {
              "$ref": "#/$defs/Product"
            },
            "patents": {
              "type": [
                "array",
                "null"
              ],
              "maxItems": 1000,
              "items": {
                "$ref": "#/$defs/Patent"
              }
            },
            "declarations": {
              "type": [
                "array",
                "null"
              ],
              "maxItems": 1000,
              "items": {
                "$ref": "#/$defs/Declaration"
              }
            },
            "commitments": {
              "type": [
                "array",
                "null"
              ],
              "maxItems": 1000,
              "items": {
                "$ref": "#/$defs/Commitment"
              }
            },
            "objections": {
              "type": [
                "array",
                "null"
              ],
              "maxItems": 1000,
              "items": {
                "$ref": "#/$defs/Objection"
              }
            },
            "opinionRequests": {
              "type": [
                "array",
                "null"
              ],
              "maxItems": 1000,
              "items": {
                "$ref": "#/$defs/OpinionRequest"
              }
            },
            "disputes": {
              "type": [
                "array",
                "null"
              ],
              "maxItems": 1000,
              "items": {
                "$ref": "#/$defs/Dispute"
              }
            },
            "rulings": {
              "type": [
                "array",
                "null"
              ],
              "maxItems": 1000,
              "items": {
                "$ref": "#/$defs/Ruling"
              }
            },
            "exclusivities": {
              "type": [
                "array",
                "null"
              ],
              "maxItems": 1000,
              "items": {
                "$ref": "#/$defs/Exclusivity"
              }
            },
            "creditEvents": {
              "type": [
                "array",
                "null"
              ],
              "maxItems": 1000,
              "items": {
                "$ref": "#/$defs/CreditEvent"
              }
            },
            "procurementHistory": {
              "description": "Date order (Case.validate()).",
              "type": [
                "array",
                "null"
              ],
              "maxItems": 1000,
              "items": {
                "$ref": "#/$defs/ProcurementEvent"
              }
            },
            "round": {
              "anyOf": [
                {
                  "$ref": "#/$defs/Round"
                },
                {
                  "type": "null"
                }
              ]
            },
            "attention": {
              "anyOf": [
                {
                  "$ref": "#/$defs/Attention"
                },
                {
                  "type": "null"
                }
              ]
            }
          },
          "additionalProperties": false,
          "$defs": {
            "Text": {
              "description": "A string. The decoder limits every string to 4,096 UTF-8 bytes as written (escapes included); maxLength is the corresponding bound in characters, so a long Chinese string can pass it and still be rejected (stringTooLong).",
              "type": "string",
              "maxLength": 4096
            },
            "OptionalText": {
              "description": "A string, or null / absent.",
              "type": [
                "string",
                "null"
              ],
              "maxLength": 4096
            },
            "Date": {
              "description": "A Beijing civil date, YYYY-MM-DD exactly (ASCII digits). Impossible dates such as 2026-02-30 match the pattern but are rejected by the decoder (invalidValue).",
              "type": "string",
              "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
            },
            "OptionalDate": {
              "description": "A date, or null / absent.",
              "anyOf": [
                {
                  "$ref": "#/$defs/Date"
                },
                {
                  "type": "null"
                }
              ]
            },
            "PatentNumber": {
              "description": "A Chinese patent (application) number: optional ZL or CN prefix in any letter case, ASCII spaces anywhere, 12 digits (filed from 2003: 4-digit year, type digit 1/8 invention, 2/9 utility model, 3 design, 7-digit serial) or 8 digits (before: 2-digit year 85-99 or 00-03, type digit, 5-digit serial), a dot and the check digit (0-9 or X). The pattern checks the shape, the year and the type digit; the decoder also verifies the check digit (invalidPatentNumber) and writes the canonical form ZL201811564288.X.",
              "type": "string",
              "pattern": "^ *(?:[Zz] *[Ll] *|[Cc] *[Nn] *)?(?:(?:2 *0 *0 *[3-9]|2 *0 *[1-9] *[0-9]|2 *[1-9] *[0-9] *[0-9]|[3-9] *[0-9] *[0-9] *[0-9]) *[12389] *(?:[0-9] *){7}|(?:8 *[5-9]|9 *[0-9]|0 *[0-3]) *[12389] *(?:[0-9] *){5})\\. *[0-9Xx] *$"
            },
            "OptionalPatentNumber": {
              "description": "A patent number, or null / absent.",
              "anyOf": [
                {
                  "$ref": "#/$defs/PatentNumber"
                },
                {
                  "type": "null"
                }
              ]
            },
            "PatentNumbers": {
              "type": "array",
              "maxItems": 1000,
              "items": {
                "$ref": "#/$defs/PatentNumber"
              }
            },
            "CreditCode": {
              "description": "Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from 0-9 and A-Y without I, O, S, V, Z. The decoder also verifies the check character (invalidCreditCode). Taken exactly: no trimming, no case folding.",
              "type": "string",
              "pattern": "^[0-9A-HJ-NP-RTUW-Y]{18}$"
            },
            "ApprovalNumber": {
              "description": "A drug approval number (国药准字 + H/Z/S/J/HJ/ZJ/SJ/HC/ZC/SC + 8 digits), a class II/III device registration number (国 or a province abbreviation, 械注, 准/进/许, 11 digits whose fifth is 2 or 3) or a class I device filing number (a non-ASCII region name of 1-8 characters, 械备, 8 digits). Taken exactly, without trimming.",
              "type": "string",
              "pattern": "^(?:国药准字(?:HJ|HC|ZJ|ZC|SJ|SC|H|Z|S|J)[0-9]{8}|[国京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新]械注[准进许][0-9]{4}[23][0-9]{6}|[^\\x00-\\x7F]{1,8}械备[0-9]{8})$"
            },
            "Enterprise": {
              "description": "The declaring enterprise (申报企业).",
              "type": "object",
              "required": [
                "name",
                "creditCode"
              ],
              "properties": {
                "name": {
                  "$ref": "#/$defs/Text"
                },
                "creditCode": {
                  "$ref": "#/$defs/CreditCode"
                }
              },
              "additionalProperties": false
            },
            "Product": {
              "description": "The drug or medical consumable the case is about. Case.validate() requires drugClass for drugs and rejects it for consumables.",
              "type": "object",
              "required": [
                "id",
                "name",
                "category",
                "marketingAuthorisationHolder"
              ],
              "properties": {
                "id": {
                  "$ref": "#/$defs/Text"
                },
                "name": {
                  "$ref": "#/$defs/Text"
                },
                "category": {
                  "type": "string",
                  "enum": [
                    "chemicalDrug",
                    "biologicalDrug",
                    "traditionalChineseMedicine",
                    "medicalConsumable"
                  ]
                },
                "drugClass": {
                  "description": "创新药 / 改良型新药 / 仿制药 / 生物类似药 / 中药同名同方药; null or absent for consumables.",
                  "type": [
                    "string",
                    "null"
                  ],
                  "enum": [
                    "innovative",
                    "improvedNew",
                    "generic",
                    "biosimilar",
                    "sameNameSameFormulaTCM",
                    null
                  ]
                },
                "referenceProduct": {
                  "description": "The reference drug a generic copies.",
                  "$ref": "#/$defs/OptionalText"
                },
                "marketingAuthorisationHolder": {
                  "$ref": "#/$defs/Text"
                },
                "approvalNumber": {
                  "anyOf": [
                    {
                      "$ref": "#/$defs/ApprovalNumber"
                    },
                    {
                      "type": "null"
                    }
                  ]
                },
                "approvalDate": {
                  "$ref": "#/$defs/OptionalDate"
                },
                "rareDisease": {
                  "description": "Default false.",
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "paediatric": {
                  "description": "Default false.",
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "nationallyNegotiated": {
                  "description": "Default false.",
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "greenChannelQualified": {
                  "description": "An input: the texts do not list the green channel's conditions. Absent or null when not assessed.",
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "innovativeDevice": {
                  "description": "An innovative medical device (创新医疗器械); medical consumables only. Default false.",
                  "type": [
                    "boolean",
                    "null"
                  ]
                }
              },
              "additionalProperties": false
            },
            "PatentStatusEvent": {
              "description": "A change in a patent's legal status.",
              "type": "object",
              "required": [
                "date",
                "event"
              ],
              "properties": {
                "date": {
                  "$ref": "#/$defs/Date"
                },
                "event": {
                  "type": "string",
                  "enum": [
                    "granted",
                    "terminated",
                    "surrendered",
                    "invalidatedWhole",
                    "invalidatedPartial",
                    "restored"
                  ]
                }
              },
              "additionalProperties": false
            },
            "Patent": {
              "description": "A patent that matters to the case. Numbers must be unique within the case (Case.validate()).",
              "type": "object",
              "required": [
                "number",
                "filingDate"
              ],
              "properties": {
                "number": {
                  "$ref": "#/$defs/PatentNumber"
                },
                "type": {
                  "description": "Defaults to the type the number encodes.",
                  "type": [
                    "string",
                    "null"
                  ],
                  "enum": [
                    "invention",
                    "utilityModel",
                    "design",
                    null
                  ]
                },
                "title": {
                  "$ref": "#/$defs/OptionalText"
                },
                "holder": {
                  "$ref": "#/$defs/OptionalText"
                },
                "filingDate": {
                  "description": "申请日.",
                  "$ref": "#/$defs/Date"
                },
                "grantDate": {
                  "description": "授权公告日; absent for an application.",
                  "$ref": "#/$defs/OptionalDate"
                },
                "substantiveExaminationRequestDate": {
                  "$ref": "#/$defs/OptionalDate"
                },
                "statusHistory": {
                  "description": "Default []. Date order (Case.validate()).",
                  "type": [
                    "array",
                    "null"
                  ],
                  "maxItems": 1000,
                  "items": {
                    "$ref": "#/$defs/PatentStatusEvent"
                  }
                },
                "termAdjustmentDays": {
                  "description": "Default 0. Patent Law Art. 42(2), inventions only, granted by CNIPA; Case.validate() rejects negative values.",
                  "type": [
                    "integer",
                    "null"
                  ]
                },
                "termCompensationDays": {
                  "description": "Default 0. Patent Law Art. 42(3), granted by CNIPA; Case.validate() checks the ceiling.",
                  "type": [
                    "integer",
                    "null"
                  ]
                },
                "drugApprovalDate": {
                  "description": "For the 14-year compensation ceiling.",
                  "$ref": "#/$defs/OptionalDate"
                },
                "registrableCategory": {
                  "description": "Kind of patent on the drug patent information platform (pending confirmation).",
                  "type": [
                    "string",
                    "null"
                  ],
                  "enum": [
                    "chemicalCompound",
                    "chemicalComposition",
                    "chemicalMedicalUse",
                    "tcmComposition",
                    "tcmExtract",
                    "tcmMedicalUse",
                    "biologicSequenceStructure",
                    "biologicMedicalUse",
                    null
                  ]
                },
                "registeredOnPlatform": {
                  "description": "Default false.",
                  "type": [
                    "boolean",
                    "null"
                  ]
                }
              },
              "additionalProperties": false
            },
            "Declaration": {
              "description": "A patent-linkage declaration (专利声明) under 药品专利纠纷早期解决机制实施办法（试行）. Case.validate() requires patent for every category but 1.",
              "type": "object",
              "required": [
                "category",
                "declaredOn",
                "declarant"
              ],
              "properties": {
                "category": {
                  "type": "string",
                  "enum": [
                    "1",
                    "2",
                    "3",
                    "4.1",
                    "4.2"
                  ]
                },
                "patent": {
                  "description": "Must be one of the case's patents.",
                  "$ref": "#/$defs/OptionalPatentNumber"
                },
                "declaredOn": {
                  "$ref": "#/$defs/Date"
                },
                "declarant": {
                  "$ref": "#/$defs/Text"
                }
              },
              "additionalProperties": false
            },
            "CommitmentAddressee": {
              "description": "To whom a not-before-expiry commitment was made.",
              "type": "object",
              "required": [
                "kind"
              ],
              "properties": {
                "kind": {
                  "type": "string",
                  "enum": [
                    "patentee",
                    "drugRegulator",
                    "court",
                    "other"
                  ]
                },
                "name": {
                  "$ref": "#/$defs/OptionalText"
                }
              },
              "additionalProperties": false
            },
            "CommitmentFinding": {
              "description": "A finding about a commitment.",
              "type": "object",
              "required": [
                "date",
                "kind",
                "authority"
              ],
              "properties": {
                "date": {
                  "$ref": "#/$defs/Date"
                },
                "kind": {
                  "description": "经查实违反承诺 / 虚假承诺.",
                  "type": "string",
                  "enum": [
                    "verifiedBreach",
                    "foundFalse"
                  ]
                },
                "authority": {
                  "$ref": "#/$defs/Text"
                }
              },
              "additionalProperties": false
            },
            "Commitment": {
              "description": "An enterprise commitment: 企业挂网自主承诺 or 专利权届满前不上市承诺. Case.validate() requires patent for noMarketingBeforeExpiry.",
              "type": "object",
              "required": [
                "kind",
                "date"
              ],
              "properties": {
                "kind": {
                  "type": "string",
                  "enum": [
                    "listingSelfCommitment",
                    "noMarketingBeforeExpiry"
                  ]
                },
                "date": {
                  "$ref": "#/$defs/Date"
                },
                "patent": {
                  "$ref": "#/$defs/OptionalPatentNumber"
                },
                "addressee": {
                  "anyOf": [
                    {
                      "$ref": "#/$defs/CommitmentAddressee"
                    },
                    {
                      "type": "null"
                    }
                  ]
                },
                "findings": {
                  "description": "Default [].",
                  "type": [
                    "array",
                    "null"
                  ],
                  "maxItems": 1000,
                  "items": {
                    "$ref": "#/$defs/CommitmentFinding"
                  }
                }
              },
              "additionalProperties": false
            },
            "ObjectionOutcome": {
              "description": "The objection procedure's conclusion.",
              "type": "object",
              "required": [
                "date",
                "finding"
              ],
              "properties": {
                "date": {
                  "$ref": "#/$defs/Date"
                },
                "finding": {
                  "type": "string",
                  "enum": [
                    "riskFound",
                    "noRisk"
                  ]
                }
              },
              "additionalProperties": false
            },
            "Objection": {
              "description": "A patent-infringement objection (专利侵权异议). Ids are unique among objections (Case.validate()).",
              "type": "object",
              "required": [
                "id",
                "receivedOn",
                "receivedBy",
                "objector",
                "patents"
              ],
              "properties": {
                "id": {
                  "$ref": "#/$defs/Text"
                },
                "receivedOn": {
                  "$ref": "#/$defs/Date"
                },
                "receivedBy": {
                  "type": "string",
                  "enum": [
                    "procurementAgency",
                    "healthcareSecurity"
                  ]
                },
                "objector": {
                  "$ref": "#/$defs/Text"
                },
                "patents": {
                  "description": "Each must be one of the case's patents.",
                  "$ref": "#/$defs/PatentNumbers"
                },
                "withdrawnOn": {
                  "$ref": "#/$defs/OptionalDate"
                },
                "outcome": {
                  "anyOf": [
                    {
                      "$ref": "#/$defs/ObjectionOutcome"
                    },
                    {
                      "type": "null"
                    }
                  ]
                }
              },
              "additionalProperties": false
            },
            "Opinion": {
              "description": "The IP administration's opinion.",
              "type": "object",
              "required": [
                "date",
                "kind",
                "finding"
              ],
              "properties": {
                "date": {
                  "$ref": "#/$defs/Date"
                },
                "kind": {
                  "type": "string",
                  "enum": [
                    "consultation",
                    "infringementDetermination"
                  ]
                },
                "finding": {
                  "type": "string",
                  "enum": [
                    "infringementLikely",
                    "noInfringement",
                    "inconclusive"
                  ]
                }
              },
              "additionalProperties": false
            },
            "OpinionRequest": {
              "description": "A request for the IP administration's consultation or infringement-determination opinion on an objection.",
              "type": "object",
              "required": [
                "id",
                "objection",
                "requestedOn",
                "deadline"
              ],
              "properties": {
                "id": {
                  "$ref": "#/$defs/Text"
                },
                "objection": {
                  "description": "An objection id of this case.",
                  "$ref": "#/$defs/Text"
                },
                "requestedOn": {
                  "$ref": "#/$defs/Date"
                },
                "deadline": {
                  "description": "The round's prescribed period (规定期限): an input, not a constant of the texts.",
                  "$ref": "#/$defs/Date"
                },
                "authority": {
                  "$ref": "#/$defs/OptionalText"
                },
                "opinion": {
                  "anyOf": [
                    {
                      "$ref": "#/$defs/Opinion"
                    },
                    {
                      "type": "null"
                    }
                  ]
                }
              },
              "additionalProperties": false
            },
            "DisputeResolution": {
              "description": "How a dispute ended.",
              "type": "object",
              "required": [
                "date",
                "kind"
              ],
              "properties": {
                "date": {
                  "$ref": "#/$defs/Date"
                },
                "kind": {
                  "type": "string",
                  "enum": [
                    "mediated",
                    "settled",
                    "withdrawn",
                    "decided"
                  ]
                }
              },
              "additionalProperties": false
            },
            "Dispute": {
              "description": "An infringement dispute accepted (立案) by an IP administration or a court.",
              "type": "object",
              "required": [
                "id",
                "forum",
                "filedOn",
                "patents",
                "claimant",
                "respondent"
              ],
              "properties": {
                "id": {
                  "$ref": "#/$defs/Text"
                },
                "forum": {
                  "type": "string",
                  "enum": [
                    "ipAdministration",
                    "court"
                  ]
                },
                "filedOn": {
                  "$ref": "#/$defs/Date"
                },
                "patents": {
                  "$ref": "#/$defs/PatentNumbers"
                },
                "claimant": {
                  "$ref": "#/$defs/Text"
                },
                "respondent": {
                  "$ref": "#/$defs/Text"
                },
                "resolution": {
                  "anyOf": [
                    {
                      "$ref": "#/$defs/DisputeResolution"
                    },
                    {
                      "type": "null"
                    }
                  ]
                }
              },
              "additionalProperties": false
            },
            "Ruling": {
              "description": "An administrative ruling (行政裁决) or effective judgment (生效判决).",
              "type": "object",
              "required": [
                "id",
                "kind",
                "finding",
                "patents",
                "effectiveOn"
              ],
              "properties": {
                "id": {
                  "$ref": "#/$defs/Text"
                },
                "dispute": {
                  "description": "A dispute id of this case.",
                  "$ref": "#/$defs/OptionalText"
                },
                "kind": {
                  "type": "string",
                  "enum": [
                    "administrativeRuling",
                    "effectiveJudgment"
                  ]
                },
                "finding": {
                  "type": "string",
                  "enum": [
                    "infringes",
                    "doesNotInfringe",
                    "patentInvalid"
                  ]
                },
                "patents": {
                  "$ref": "#/$defs/PatentNumbers"
                },
                "effectiveOn": {
                  "$ref": "#/$defs/Date"
                },
                "servedOn": {
                  "$ref": "#/$defs/OptionalDate"
                },
                "copiedToHealthcareSecurityOn": {
                  "$ref": "#/$defs/OptionalDate"
                },
                "setAsideOn": {
                  "$ref": "#/$defs/OptionalDate"
                }
              },
              "additionalProperties": false
            },
            "Period": {
              "description": "A length: a whole number of units. The decoder accepts every unit; Case.validate() rejects workingDays and hours for an exclusivity.",
              "type": "object",
              "required": [
                "value",
                "unit"
              ],
              "properties": {
                "value": {
                  "type": "integer"
                },
                "unit": {
                  "type": "string",
                  "enum": [
                    "workingDays",
                    "days",
                    "weeks",
                    "months",
                    "years",
                    "hours"
                  ]
                }
              },
              "additionalProperties": false
            },
            "Exclusivity": {
              "description": "A market-exclusivity period (市场独占期). Case.validate() checks the length against the kind's maximum (12 months, 2 years, 7 years).",
              "type": "object",
              "required": [
                "kind",
                "start",
                "length"
              ],
              "properties": {
                "kind": {
                  "type": "string",
                  "enum": [
                    "patentChallenge",
                    "paediatric",
                    "rareDisease"
                  ]
                },
                "start": {
                  "$ref": "#/$defs/Date"
                },
                "length": {
                  "$ref": "#/$defs/Period"
                },
                "endedOn": {
                  "$ref": "#/$defs/OptionalDate"
                },
                "challengedPatent": {
                  "$ref": "#/$defs/OptionalPatentNumber"
                },
                "holder": {
                  "$ref": "#/$defs/OptionalText"
                }
              },
              "additionalProperties": false
            },
            "CreditEvent": {
              "description": "A rating under the pricing and procurement credit evaluation (医药价格和招采信用评价). Case.validate() checks that the level belongs to the scheme: general, moderate, serious, particularlySerious for nhsa2020; general, moderate, dishonest, seriouslyDishonest, particularlySeriouslyDishonest for nhsa2025.",
              "type": "object",
              "required": [
                "date",
                "kind",
                "scheme",
                "level",
                "authority"
              ],
              "properties": {
                "date": {
                  "$ref": "#/$defs/Date"
                },
                "kind": {
                  "type": "string",
                  "enum": [
                    "kickbacks",
                    "falseInvoices",
                    "monopolyConduct",
                    "priceGouging",
                    "priceInquiryEvasion",
                    "biddingMisconduct",
                    "refusingToPerform",
                    "commitmentBreach",
                    "falseCommitment",
                    "infringementFinding",
                    "other"
                  ]
                },
                "scheme": {
                  "type": "string",
                  "enum": [
                    "nhsa2020",
                    "nhsa2025"
                  ]
                },
                "level": {
                  "type": "string",
                  "enum": [
                    "general",
                    "moderate",
                    "serious",
                    "particularlySerious",
                    "dishonest",
                    "seriouslyDishonest",
                    "particularlySeriouslyDishonest"
                  ]
                },
                "authority": {
                  "$ref": "#/$defs/Text"
                },
                "clearedOn": {
                  "description": "Credit repair; an input.",
                  "$ref": "#/$defs/OptionalDate"
                }
              },
              "additionalProperties": false
            },
            "ProcurementEvent": {
              "description": "A change in the product's procurement status.",
              "type": "object",
              "required": [
                "date",
                "status"
              ],
              "properties": {
                "date": {
                  "$ref": "#/$defs/Date"
                },
                "status": {
                  "type": "string",
                  "enum": [
                    "listingApplication",
                    "listed",
                    "vbpParticipation",
                    "vbpSelected",
                    "delisted",
                    "selectionCancelled",
                    "suspended",
                    "purchaseTransaction"
                  ]
                },
                "round": {
                  "$ref": "#/$defs/OptionalText"
                }
              },
              "additionalProperties": false
            },
            "Round": {
              "description": "The procurement round the enterprise applies in.",
              "type": "object",
              "required": [
                "kind",
                "name"
              ],
              "properties": {
                "kind": {
                  "type": "string",
                  "enum": [
                    "listing",
                    "vbp"
                  ]
                },
                "name": {
                  "$ref": "#/$defs/Text"
                },
                "applicationDate": {
                  "$ref": "#/$defs/OptionalDate"
                }
              },
              "additionalProperties": false
            },
            "Attention": {
              "description": "Key-product flags (国知发保字〔2022〕45号 (七), 京医保发〔2026〕3号 (一)); each defaults to false.",
              "type": "object",
              "required": [],
              "properties": {
                "largeScale": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "highAttention": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                },
                "ipRisk": {
                  "type": [
                    "boolean",
                    "null"
                  ]
                }
              },
              "additionalProperties": false
            }
          }
        }
        """#
}
