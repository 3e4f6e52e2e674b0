import '@servicenow/sdk/global';

declare global {
  namespace Now {
    namespace Internal {
      interface Keys extends KeysRegistry {
        explicit: {
          'acl-sp-presence-availability': {
            table: 'sys_security_acl';
            id: 'beb7986b2d4148db9e674a27916b8994';
          };
          'acl-u_sp_presence_snapshot-create': {
            table: 'sys_security_acl';
            id: '0ad7805a186a4ccbbf6045083548dcd2';
          };
          'acl-u_sp_presence_snapshot-delete': {
            table: 'sys_security_acl';
            id: '3d073b7d64944dcdba262508bedd716c';
          };
          'acl-u_sp_presence_snapshot-read': {
            table: 'sys_security_acl';
            id: 'c7fa65a9f7af4f4285a557260ca220d7';
          };
          'acl-u_sp_presence_snapshot-write': {
            table: 'sys_security_acl';
            id: 'e86f44b9c6e34d53849a0d25be4294de';
          };
          'acl-u_sp_presence_user-create': {
            table: 'sys_security_acl';
            id: '22d1d044df234df3a8c73fa72e1d2f2c';
          };
          'acl-u_sp_presence_user-delete': {
            table: 'sys_security_acl';
            id: 'ea4b2798a6ac4d83b2d34f2d5782174c';
          };
          'acl-u_sp_presence_user-read': {
            table: 'sys_security_acl';
            id: 'feee5b428a4145d4a3c7cf9b6bec44ea';
          };
          'acl-u_sp_presence_user-write': {
            table: 'sys_security_acl';
            id: '883ce592840d4ec8ab4ef5d013922dad';
          };
          bom_json: {
            table: 'sys_module';
            id: '320dd65beade4191b927c88b3bb95501';
          };
          package_json: {
            table: 'sys_module';
            id: '4882a0aca7f440afa019e38087bcc01d';
          };
          'rest-message-ringcentral': {
            table: 'sys_rest_message';
            id: '67601ebdaa7c4a568571f65ac2855c36';
          };
          'rest-message-symphony': {
            table: 'sys_rest_message';
            id: '3698e06211234ef1aecf25b25d41e05e';
          };
          'rest-message-teams': {
            table: 'sys_rest_message';
            id: '90e8472e079045e2aaffebeaefe624a2';
          };
          'sp_presence.availability.enabled': {
            table: 'sys_properties';
            id: 'f6a2361cb4ac4b33901cc0ac4e035523';
          };
          'sp_presence.availability.interval_seconds': {
            table: 'sys_properties';
            id: '701f8910e3af4d969dcf5b63e36877aa';
          };
          'sp_presence.availability.vendor': {
            table: 'sys_properties';
            id: 'f7d36025d9db4c0784b2a69b6bdcf53f';
          };
          'sp-presence-api': {
            table: 'sys_ws_definition';
            id: 'b167a4f30c0a4726aca6fca40f204810';
          };
          'sp-presence-api-availability': {
            table: 'sys_ws_operation';
            id: 'b39409c7496345bc99129360fdb1dd69';
          };
          'sp-presence-people': {
            table: 'sp_widget';
            id: '4777a1b976a9c584c8c09cbde21686eb';
          };
          SpPresenceAvailability: {
            table: 'sys_script_include';
            id: '654baf245718458387cb01f5a0153a23';
          };
          SpPresenceAvailabilitySettings: {
            table: 'sys_script_include';
            id: '5754f239354c43ac820748e89702d7d8';
          };
          SpPresenceConnectorKit: {
            table: 'sys_script_include';
            id: '2d555b9a05704a288403789ca0aac0f3';
          };
          spPresenceDot: {
            table: 'sp_angular_provider';
            id: '752b9847fcc69162225420727c37ca43';
          };
          SpPresenceRingCentral: {
            table: 'sys_script_include';
            id: '06b19d5753c1467290bfa1f547c03aad';
          };
          SpPresenceSnapshotStore: {
            table: 'sys_script_include';
            id: '1f46be97550b45ffb5b38af9042d60c2';
          };
          SpPresenceSymphony: {
            table: 'sys_script_include';
            id: '2a271c0eb8ad41bfa9f6b0285129783e';
          };
          SpPresenceTeams: {
            table: 'sys_script_include';
            id: '83d9de9675874c9cb7b91d7f1a39c9c0';
          };
          SpPresenceVendorHttp: {
            table: 'sys_script_include';
            id: '1e5225c26dc94503944c8078c2b3400a';
          };
          SpPresenceVocabulary: {
            table: 'sys_script_include';
            id: 'e15fdc19ba4f4ee38ad54801569ca433';
          };
          spPresenceWorkplace: {
            table: 'sp_angular_provider';
            id: 'a73d5b71238945959aaf264c3bdf0b56';
          };
          spRecordPresence: {
            table: 'sp_angular_provider';
            id: '53c0a9ea95a74919a17b9e9459a11c8c';
          };
          spUserPresence: {
            table: 'sp_angular_provider';
            id: '17013c174aab074f9b193d69ce0c17c7';
          };
        };
        composite: [
          {
            table: 'sys_documentation';
            id: '00ca35acfab5413491615dc058e79bc9';
            key: {
              name: 'u_sp_presence_snapshot';
              element: 'u_presences';
              language: 'en';
            };
          },
          {
            table: 'sys_documentation';
            id: '03f20a3fca044158b96f90414a2c0638';
            key: {
              name: 'u_sp_presence_snapshot';
              element: 'u_claim_token';
              language: 'en';
            };
          },
          {
            table: 'm2m_sp_ng_pro_sp_widget';
            id: '04f3ff59b3a84f8d8643974eb3343ad3';
            key: {
              sp_widget: '4777a1b976a9c584c8c09cbde21686eb';
              sp_angular_provider: '752b9847fcc69162225420727c37ca43';
            };
          },
          {
            table: 'sys_rest_message_fn';
            id: '09b4b60ec320432d83efbd56c65a5142';
            key: {
              rest_message: '3698e06211234ef1aecf25b25d41e05e';
              function_name: 'authenticate';
            };
          },
          {
            table: 'sys_security_acl_role';
            id: '0d21af1f58c04afba8781e4fbb756b75';
            key: {
              sys_security_acl: '0ad7805a186a4ccbbf6045083548dcd2';
              sys_user_role: {
                id: '4adcd19e00e84748adea431da57526fb';
                key: {
                  name: 'admin';
                };
              };
            };
          },
          {
            table: 'sys_dictionary';
            id: '191e1ef6ab0746a6b4b4372202c39967';
            key: {
              name: 'u_sp_presence_snapshot';
              element: 'u_last_failure';
            };
          },
          {
            table: 'sys_documentation';
            id: '1b90fc0df6d14b79aabcb585d4ab68fa';
            key: {
              name: 'u_sp_presence_snapshot';
              element: 'u_vendor';
              language: 'en';
            };
          },
          {
            table: 'sys_security_acl_role';
            id: '1f3c55b0a98c4721b510b89309e2e3a2';
            key: {
              sys_security_acl: '883ce592840d4ec8ab4ef5d013922dad';
              sys_user_role: {
                id: '4adcd19e00e84748adea431da57526fb';
                key: {
                  name: 'admin';
                };
              };
            };
          },
          {
            table: 'm2m_sp_ng_pro_sp_widget';
            id: '204035adb02e43878de4c5f7a8e15285';
            key: {
              sp_widget: '4777a1b976a9c584c8c09cbde21686eb';
              sp_angular_provider: '17013c174aab074f9b193d69ce0c17c7';
            };
          },
          {
            table: 'sys_documentation';
            id: '23bdb9621d534fcc95aa6e685f88f9f8';
            key: {
              name: 'u_sp_presence_user';
              element: 'u_mapped_at';
              language: 'en';
            };
          },
          {
            table: 'sys_db_object';
            id: '246fd3526af343f0afa2feb7f304ea86';
            key: {
              name: 'u_sp_presence_snapshot';
            };
          },
          {
            table: 'sys_security_acl_role';
            id: '278a65c76a114c56b2293aa705d8ef90';
            key: {
              sys_security_acl: '22d1d044df234df3a8c73fa72e1d2f2c';
              sys_user_role: {
                id: '4adcd19e00e84748adea431da57526fb';
                key: {
                  name: 'admin';
                };
              };
            };
          },
          {
            table: 'ua_table_licensing_config';
            id: '37edc06025bd4c9b9fa25339fee022fa';
            key: {
              name: 'u_sp_presence_snapshot';
            };
          },
          {
            table: 'sys_documentation';
            id: '389972bfc1fe4ce1ae3e65da8da3354f';
            key: {
              name: 'u_sp_presence_user';
              element: 'u_vendor';
              language: 'en';
            };
          },
          {
            table: 'sys_documentation';
            id: '390b4ffce5d0487f8dbdaa89a1061002';
            key: {
              name: 'u_sp_presence_snapshot';
              element: 'u_failures';
              language: 'en';
            };
          },
          {
            table: 'm2m_sp_ng_pro_sp_ng_pro';
            id: '39931bf05948454a95e67ef0f8512434';
            key: {
              required_by: '53c0a9ea95a74919a17b9e9459a11c8c';
              requires: '17013c174aab074f9b193d69ce0c17c7';
            };
          },
          {
            table: 'm2m_sp_ng_pro_sp_ng_pro';
            id: '45f092f7e03e4191abb5349cf929c0a4';
            key: {
              required_by: 'a73d5b71238945959aaf264c3bdf0b56';
              requires: '17013c174aab074f9b193d69ce0c17c7';
            };
          },
          {
            table: 'sys_documentation';
            id: '5093b6e956cd46949f227a0d16f9587a';
            key: {
              name: 'u_sp_presence_user';
              element: 'u_user';
              language: 'en';
            };
          },
          {
            table: 'sys_dictionary';
            id: '577366bf0ae94acb97819240cfef74ba';
            key: {
              name: 'u_sp_presence_snapshot';
              element: 'u_claim_until';
            };
          },
          {
            table: 'sys_index';
            id: '5fec1fac6c6046209dc155387b463f15';
            key: {
              logical_table_name: 'u_sp_presence_snapshot';
              col_name_string: 'u_vendor';
            };
          },
          {
            table: 'sys_dictionary';
            id: '6735b96153784c83aff4658f4356d7df';
            key: {
              name: 'u_sp_presence_snapshot';
              element: 'u_off_reason';
            };
          },
          {
            table: 'sys_documentation';
            id: '6d6848a1939245c7bbb4159eca605cfc';
            key: {
              name: 'u_sp_presence_user';
              element: 'u_requested_at';
              language: 'en';
            };
          },
          {
            table: 'sys_dictionary';
            id: '736efa6eff8b472e849e2b3da71732c4';
            key: {
              name: 'u_sp_presence_snapshot';
              element: 'u_presences';
            };
          },
          {
            table: 'sys_documentation';
            id: '748326c8d0bc410b80350651b6a46cfe';
            key: {
              name: 'u_sp_presence_snapshot';
              element: 'u_taken_at';
              language: 'en';
            };
          },
          {
            table: 'sys_rest_message_fn';
            id: '77574a5793d947d2a85e435bab7cb0c9';
            key: {
              rest_message: '3698e06211234ef1aecf25b25d41e05e';
              function_name: 'call';
            };
          },
          {
            table: 'sys_rest_message_fn';
            id: '77c4282f0a1b4d11ab450fddc19e7de9';
            key: {
              rest_message: '90e8472e079045e2aaffebeaefe624a2';
              function_name: 'call';
            };
          },
          {
            table: 'sys_dictionary';
            id: '77ed2c3da8f54cf98c6c89b9bb48b264';
            key: {
              name: 'u_sp_presence_user';
              element: 'u_user';
            };
          },
          {
            table: 'sys_security_acl_role';
            id: '7c2d768f741348219528e06b5a4488b2';
            key: {
              sys_security_acl: '3d073b7d64944dcdba262508bedd716c';
              sys_user_role: {
                id: '4adcd19e00e84748adea431da57526fb';
                key: {
                  name: 'admin';
                };
              };
            };
          },
          {
            table: 'm2m_sp_ng_pro_sp_ng_pro';
            id: '80c97b16a12f47a39618020086495932';
            key: {
              required_by: '752b9847fcc69162225420727c37ca43';
              requires: '17013c174aab074f9b193d69ce0c17c7';
            };
          },
          {
            table: 'sys_dictionary';
            id: '8f9b859724a247379be04df17ca0cb6d';
            key: {
              name: 'u_sp_presence_user';
              element: 'NULL';
            };
          },
          {
            table: 'sys_dictionary';
            id: '91ab7496a3304308b1bc5ed3bfc262f1';
            key: {
              name: 'u_sp_presence_user';
              element: 'u_vendor';
            };
          },
          {
            table: 'sys_dictionary';
            id: '95bd0d0d3b9941819a10c0432a359b9c';
            key: {
              name: 'u_sp_presence_snapshot';
              element: 'NULL';
            };
          },
          {
            table: 'sys_documentation';
            id: 'a0f2749b58dc4a40abc0cba022c6acdf';
            key: {
              name: 'u_sp_presence_snapshot';
              element: 'u_blocked_until';
              language: 'en';
            };
          },
          {
            table: 'sys_rest_message_fn';
            id: 'a507465a8dbb42b8aed06e64eb650909';
            key: {
              rest_message: '67601ebdaa7c4a568571f65ac2855c36';
              function_name: 'call';
            };
          },
          {
            table: 'sys_dictionary';
            id: 'b1d12308236247eeadc63b9b6bfcfc0c';
            key: {
              name: 'u_sp_presence_snapshot';
              element: 'u_claim_token';
            };
          },
          {
            table: 'sys_dictionary';
            id: 'b448dffb82de4386a6db83befceb1907';
            key: {
              name: 'u_sp_presence_user';
              element: 'u_mapped_at';
            };
          },
          {
            table: 'sys_dictionary';
            id: 'bd5d554e8b4c4b6e90877febbce25a27';
            key: {
              name: 'u_sp_presence_snapshot';
              element: 'u_taken_at';
            };
          },
          {
            table: 'sys_security_acl_role';
            id: 'c1b7dc42b304427cb62eb266ada22fad';
            key: {
              sys_security_acl: 'ea4b2798a6ac4d83b2d34f2d5782174c';
              sys_user_role: {
                id: '4adcd19e00e84748adea431da57526fb';
                key: {
                  name: 'admin';
                };
              };
            };
          },
          {
            table: 'sys_documentation';
            id: 'c5f8e9890c44446a90fede7407fca00a';
            key: {
              name: 'u_sp_presence_snapshot';
              element: 'u_claim_until';
              language: 'en';
            };
          },
          {
            table: 'sys_security_acl_role';
            id: 'c6e45b31b0b84fcb9342ac6929aae92c';
            key: {
              sys_security_acl: 'feee5b428a4145d4a3c7cf9b6bec44ea';
              sys_user_role: {
                id: '4adcd19e00e84748adea431da57526fb';
                key: {
                  name: 'admin';
                };
              };
            };
          },
          {
            table: 'sys_security_acl_role';
            id: 'c84534c477f04c158da53896232c5671';
            key: {
              sys_security_acl: 'e86f44b9c6e34d53849a0d25be4294de';
              sys_user_role: {
                id: '4adcd19e00e84748adea431da57526fb';
                key: {
                  name: 'admin';
                };
              };
            };
          },
          {
            table: 'sys_db_object';
            id: 'c9ca81751d7f4f46adf9b5df04e05e55';
            key: {
              name: 'u_sp_presence_user';
            };
          },
          {
            table: 'sys_documentation';
            id: 'cce8a975389d4344a5577c5ce8e6dbad';
            key: {
              name: 'u_sp_presence_user';
              element: 'u_vendor_id';
              language: 'en';
            };
          },
          {
            table: 'sys_security_acl_role';
            id: 'd57f238f847a41a8a51891cca8178056';
            key: {
              sys_security_acl: 'c7fa65a9f7af4f4285a557260ca220d7';
              sys_user_role: {
                id: '4adcd19e00e84748adea431da57526fb';
                key: {
                  name: 'admin';
                };
              };
            };
          },
          {
            table: 'sys_dictionary';
            id: 'd5f6abbb19e5462591ebc17691b2472f';
            key: {
              name: 'u_sp_presence_snapshot';
              element: 'u_vendor';
            };
          },
          {
            table: 'sys_dictionary';
            id: 'd63cd8f05c924d528af67bc4c9dc4c53';
            key: {
              name: 'u_sp_presence_user';
              element: 'u_requested_at';
            };
          },
          {
            table: 'sys_dictionary';
            id: 'd70975da997f47819d3f46fdfb8ca705';
            key: {
              name: 'u_sp_presence_snapshot';
              element: 'u_failures';
            };
          },
          {
            table: 'sys_documentation';
            id: 'd8ea91fe480549ed8af48490025e3f03';
            key: {
              name: 'u_sp_presence_snapshot';
              element: 'u_last_failure';
              language: 'en';
            };
          },
          {
            table: 'sys_documentation';
            id: 'de963e67eef14a75bb22c538ec3a8037';
            key: {
              name: 'u_sp_presence_snapshot';
              element: 'u_off_reason';
              language: 'en';
            };
          },
          {
            table: 'sys_dictionary';
            id: 'df64a8a452c84a74a84b02b2228ea6d8';
            key: {
              name: 'u_sp_presence_snapshot';
              element: 'u_blocked_until';
            };
          },
          {
            table: 'sys_documentation';
            id: 'e0b9d27dfcbe4b4d81ffc3ab5c879bdf';
            key: {
              name: 'u_sp_presence_snapshot';
              element: 'NULL';
              language: 'en';
            };
          },
          {
            table: 'sys_documentation';
            id: 'e1c6038f7c2045afb9ee33b0be08e8f7';
            key: {
              name: 'u_sp_presence_user';
              element: 'NULL';
              language: 'en';
            };
          },
          {
            table: 'm2m_sp_ng_pro_sp_widget';
            id: 'e4c94f7d58734f8ba07baf5cf86ccd1d';
            key: {
              sp_widget: '4777a1b976a9c584c8c09cbde21686eb';
              sp_angular_provider: 'a73d5b71238945959aaf264c3bdf0b56';
            };
          },
          {
            table: 'ua_table_licensing_config';
            id: 'e773d12439d6495daede5a202aea0b64';
            key: {
              name: 'u_sp_presence_user';
            };
          },
          {
            table: 'sys_index';
            id: 'f44e62d79fc64e68b9da0fcd0975b7de';
            key: {
              logical_table_name: 'u_sp_presence_user';
              col_name_string: 'u_vendor,u_user';
            };
          },
          {
            table: 'm2m_sp_ng_pro_sp_widget';
            id: 'f4bfb4f5f0784c3285ea367da625b3ff';
            key: {
              sp_widget: '4777a1b976a9c584c8c09cbde21686eb';
              sp_angular_provider: '53c0a9ea95a74919a17b9e9459a11c8c';
            };
          },
          {
            table: 'sys_dictionary';
            id: 'fc8b798e73fd4855a69d6625a1db3ce1';
            key: {
              name: 'u_sp_presence_user';
              element: 'u_vendor_id';
            };
          }
        ];
      }
    }
  }
}
