import '@servicenow/sdk/global'

declare global {
    namespace Now {
        namespace Internal {
            interface Keys extends KeysRegistry {
                explicit: {
                    bom_json: {
                        table: 'sys_module'
                        id: '320dd65beade4191b927c88b3bb95501'
                    }
                    package_json: {
                        table: 'sys_module'
                        id: '4882a0aca7f440afa019e38087bcc01d'
                    }
                    'sp-presence-people': {
                        table: 'sp_widget'
                        id: '4777a1b976a9c584c8c09cbde21686eb'
                    }
                    spPresenceDot: {
                        table: 'sp_angular_provider'
                        id: '752b9847fcc69162225420727c37ca43'
                    }
                    spRecordPresence: {
                        table: 'sp_angular_provider'
                        id: '53c0a9ea95a74919a17b9e9459a11c8c'
                    }
                    spUserPresence: {
                        table: 'sp_angular_provider'
                        id: '17013c174aab074f9b193d69ce0c17c7'
                    }
                }
                composite: [
                    {
                        table: 'm2m_sp_ng_pro_sp_widget'
                        id: '04f3ff59b3a84f8d8643974eb3343ad3'
                        key: {
                            sp_widget: '4777a1b976a9c584c8c09cbde21686eb'
                            sp_angular_provider: '752b9847fcc69162225420727c37ca43'
                        }
                    },
                    {
                        table: 'm2m_sp_ng_pro_sp_widget'
                        id: '204035adb02e43878de4c5f7a8e15285'
                        key: {
                            sp_widget: '4777a1b976a9c584c8c09cbde21686eb'
                            sp_angular_provider: '17013c174aab074f9b193d69ce0c17c7'
                        }
                    },
                    {
                        table: 'm2m_sp_ng_pro_sp_ng_pro'
                        id: '39931bf05948454a95e67ef0f8512434'
                        key: {
                            required_by: '53c0a9ea95a74919a17b9e9459a11c8c'
                            requires: '17013c174aab074f9b193d69ce0c17c7'
                        }
                    },
                    {
                        table: 'm2m_sp_ng_pro_sp_ng_pro'
                        id: '80c97b16a12f47a39618020086495932'
                        key: {
                            required_by: '752b9847fcc69162225420727c37ca43'
                            requires: '17013c174aab074f9b193d69ce0c17c7'
                        }
                    },
                    {
                        table: 'm2m_sp_ng_pro_sp_widget'
                        id: 'f4bfb4f5f0784c3285ea367da625b3ff'
                        key: {
                            sp_widget: '4777a1b976a9c584c8c09cbde21686eb'
                            sp_angular_provider: '53c0a9ea95a74919a17b9e9459a11c8c'
                        }
                    },
                ]
            }
        }
    }
}
